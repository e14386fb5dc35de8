using System.Globalization;
using System.Text;

namespace Timeline.Export.Tests.Support;

/// <summary>Splits a Cypher script the way Cypher's lexer does for single-quoted strings and line comments: the
/// decoded literals, and the code outside them (where a broken escape would let data leak in).</summary>
internal static class CypherScript
{
    public static (string Code, List<string> Literals) Lex(string script)
    {
        var code = new StringBuilder();
        var literals = new List<string>();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (c != '\'')
            {
                code.Append(c);
                i++;
                continue;
            }

            var literal = new StringBuilder();
            i++;
            while (script[i] != '\'')
            {
                Assert.NotEqual('\n', script[i]);
                if (script[i] == '\\')
                {
                    var next = script[i + 1];
                    i += 2;
                    switch (next)
                    {
                        case 'n': literal.Append('\n'); break;
                        case 'r': literal.Append('\r'); break;
                        case 't': literal.Append('\t'); break;
                        case '\\': literal.Append('\\'); break;
                        case '\'': literal.Append('\''); break;
                        case '"': literal.Append('"'); break;
                        case 'u':
                            literal.Append((char)int.Parse(script.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                            i += 4;
                            break;
                        default:
                            Assert.Fail("unknown escape \\" + next);
                            break;
                    }

                    continue;
                }

                literal.Append(script[i++]);
            }

            i++;
            code.Append('?');
            literals.Add(literal.ToString());
        }

        return (code.ToString(), literals);
    }
}
