using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Tests.Actors;

public sealed class WordSetTests
{
    [Fact]
    public void Every_listed_word_is_found_whatever_its_length_or_first_letter()
    {
        var longWord = new string('x', 63) + "ende";
        var words = new[] { "a", "Ökonom", "Zeitungsverlag", "über", "€uro", longWord, "Quellwasser" };
        var set = new WordSet(words);

        foreach (var word in words)
        {
            Assert.True(set.Contains(word), word);
        }

        Assert.Equal(words.Length, set.Count);
    }

    [Fact]
    public void Words_of_a_listed_length_or_first_letter_are_still_told_apart()
    {
        var set = new WordSet(["Ökonom", "Kanzler", new string('y', 70)]);

        Assert.False(set.Contains("Kanzlei"));      // same length and first letter as "Kanzler"
        Assert.False(set.Contains("Ökonomie"));     // same first letter, other length
        Assert.False(set.Contains("Verlag"));       // same length as "Ökonom", other first letter
        Assert.False(set.Contains("\u0116konom"));  // 'Ė' shares the low six bits of 'Ö' (U+00D6 vs U+0116)
        Assert.False(set.Contains(new string('y', 64))); // long words share one length bit
        Assert.True(set.Contains(new string('y', 70)));
        Assert.False(set.Contains(string.Empty));
    }

    [Fact]
    public void The_empty_word_is_found_only_when_listed()
    {
        Assert.True(new WordSet(["", "Rat"]).Contains(ReadOnlySpan<char>.Empty));
        Assert.False(new WordSet(["Rat"]).Contains(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void A_word_of_several_lists_has_a_bit_for_each_list_that_has_it()
    {
        var set = new WordSet([["Rosa", "Jung"], ["Jung", "Weber"], ["Rosa"]]);

        Assert.Equal(0b101, set.Kinds("Rosa"));
        Assert.Equal(0b011, set.Kinds("Jung"));
        Assert.Equal(0b010, set.Kinds("Weber"));
        Assert.Equal(0, set.Kinds("Rosen"));
        Assert.True(set.Contains("Weber"));
        Assert.Equal(3, set.Count);
        Assert.Equal(0, new WordSet(["Rosa"]).Kinds("Rosa")); // a set of one list keeps no kinds
    }

    [Fact]
    public void A_token_is_found_by_the_tokenizer_s_hash_as_its_text_is()
    {
        const string text = "Frau Kolb traf den Bürgermeister von Neustadt-Süd.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var set = new WordSet([["Kolb", "Neustadt-Süd"], ["Bürgermeister"]]);

        foreach (var token in tokens)
        {
            var word = token.Of(text);
            Assert.Equal(set.Contains(word), set.Contains(text, token));
            Assert.Equal(set.Kinds(word), set.Kinds(text, token));
        }

        Assert.Equal(0b01, set.Kinds(text, tokens[1]));
        Assert.Equal(0b10, set.Kinds(text, tokens[4]));
        Assert.True(set.Contains(text, tokens[6]));
        Assert.False(set.Contains(text, tokens[0]));
    }
}
