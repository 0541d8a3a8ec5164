using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>The packed word-class table answers as the case-insensitive dictionary it is made from, for every word.</summary>
public class WordClassTableTests
{
    private static readonly Dictionary<string, WordClass> Classes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = WordClass.Cue, ["don’t"] = WordClass.Modifier, ["the"] = WordClass.Determiner,
        ["spokeswoman"] = WordClass.Title, ["internationalists"] = WordClass.Group, ["québécois"] = WordClass.Nationality,
        ["a"] = WordClass.Determiner, ["sixteen-letter-ab"] = WordClass.Title, ["sixteenletterabc"] = WordClass.Group,
    };

    private static readonly WordClassTable Table = new(Classes);

    [Theory]
    [InlineData("said", (ushort)WordClass.Cue)]
    [InlineData("SAID", (ushort)WordClass.Cue)]
    [InlineData("Said", (ushort)WordClass.Cue)]
    [InlineData("Don’t", (ushort)WordClass.Modifier)] // ’ packs
    [InlineData("the", (ushort)WordClass.Determiner)]
    [InlineData("A", (ushort)WordClass.Determiner)]
    [InlineData("Spokeswoman", (ushort)WordClass.Title)]
    [InlineData("Internationalists", (ushort)WordClass.Group)] // longer than 16: the dictionary's
    [InlineData("QUÉBÉCOIS", (ushort)WordClass.Nationality)] // a letter outside ASCII: the dictionary's
    [InlineData("SixteenLetterABC", (ushort)WordClass.Group)] // 16 letters: the longest packed
    [InlineData("sixteen-letter-ab", (ushort)WordClass.Title)]
    [InlineData("ſaid", (ushort)WordClass.None)] // the long s is not "s" ignoring case, in the dictionary either
    [InlineData("says", (ushort)WordClass.None)]
    [InlineData("sai", (ushort)WordClass.None)]
    [InlineData("don't", (ushort)WordClass.None)] // not the listed apostrophe
    [InlineData("the\0", (ushort)WordClass.None)]
    [InlineData("", (ushort)WordClass.None)]
    [InlineData("an", (ushort)WordClass.None)]
    public void A_word_has_the_classes_of_its_key_in_any_case(string word, ushort classes)
    {
        var expected = (WordClass)classes;
        Assert.Equal(Classes.TryGetValue(word, out var listed) ? listed : WordClass.None, expected);
        Assert.Equal(expected, Table.Find(word, word.Length));
        // Read inside a longer text, as the tokenizer asks: what follows the word is not part of it.
        Assert.Equal(expected, Table.Find(word + "s and more than sixteen characters", word.Length));
    }

    [Fact]
    public void The_lexicon_classifies_every_key_in_every_case_as_its_dictionary_does()
    {
        foreach (var (key, classes) in Lexicon.WordClasses)
            foreach (var spelling in new[] { key, key.ToUpperInvariant(), char.ToUpperInvariant(key[0]) + key[1..] })
            {
                Assert.Equal(classes, Lexicon.Classify(spelling));
                Assert.Equal(Lexicon.WordClasses.GetValueOrDefault(spelling + "q"), Lexicon.Classify(spelling + "q"));
                Assert.Equal(classes, Lexicon.ClassifyAt(" " + spelling + " text after the word", 1, spelling.Length));
            }
    }
}
