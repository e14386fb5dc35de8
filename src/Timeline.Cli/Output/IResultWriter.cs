namespace Timeline.Cli.Output;

/// <summary>Writes a <see cref="ResultTable"/> in one output format.</summary>
internal interface IResultWriter
{
    void Write(ResultTable table, TextWriter output);
}
