using NewsBot.Dialogs.Language;

namespace NewsBot.Dialogs.Tests;

public class LanguageTests
{
    [Theory]
    [InlineData("zelenskyy", "Volodymyr Zelensky")]
    [InlineData("kirbi", "John Kirby")]
    [InlineData("KIRBY", "John Kirby")]
    [InlineData("john kirby", "John Kirby")]
    [InlineData("Kirby's", "John Kirby")]
    [InlineData("Mr. Kirby", "John Kirby")]
    [InlineData("hua chunyin", "Hua Chunying")]
    [InlineData("the Biden administration", "Biden administration")]
    public void Names_match_as_people_type_them(string typed, string known)
    {
        Assert.True(NameMatcher.Score(typed, known) >= 0.5, $"{typed} -> {known}: {NameMatcher.Score(typed, known)}");
    }

    [Theory]
    [InlineData("Kirk", "John Kirby")]
    [InlineData("Smith", "John Kirby")]
    [InlineData("Xu", "Xi Jinping")]
    [InlineData("Bob", "Rob Lee")]
    public void Short_or_different_names_do_not_match(string typed, string known)
    {
        Assert.Equal(0, NameMatcher.Score(typed, known));
    }

    [Fact]
    public void A_full_name_fits_better_than_a_shared_surname()
    {
        Assert.True(NameMatcher.Score("Grace Park", "Grace Park") > NameMatcher.Score("Grace Park", "Daniel Park"));
        Assert.Equal(1, NameMatcher.Score("grace park", "Grace Park"));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 2)]
    [InlineData(12, 3)]
    public void Allowed_typos_scale_with_length(int length, int allowed) => Assert.Equal(allowed, EditDistance.Allowed(length));

    [Theory]
    [InlineData("kirby", "kirbi", 1)]
    [InlineData("zelensky", "zelenskyy", 1)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("", "abc", 3)]
    public void Edit_distance(string a, string b, int distance) => Assert.Equal(distance, EditDistance.Between(a, b));

    [Fact]
    public void Keys_spell_out_contractions_and_negations_and_merge_synonyms()
    {
        Assert.Equal(Words.Keys("nor would it add oil to the fire"), Words.Keys("won't add fuel to the fire"));
        Assert.Contains("not", Words.Keys("didn't"));
        Assert.Equal(Words.Keys("weapons"), Words.Keys("weapon"));
        Assert.Equal(Words.Keys("talks"), Words.Keys("dialogue"));
    }

    [Fact]
    public void Folding_ignores_case_accents_and_quote_style()
    {
        Assert.Equal(Words.Tokens("“Café” Zürich’s"), Words.Tokens("\"cafe\" zurich's"));
        Assert.Equal(["u.s", "officials"], Words.Tokens("U.S. officials"));
    }

    [Fact]
    public void Token_offsets_point_into_the_original_text()
    {
        var text = "Hé said: “Go!”";
        var tokens = Words.TokensWithOffsets(text);
        Assert.Equal("go", tokens[^1].Text);
        Assert.Equal("Go", text[tokens[^1].Start..tokens[^1].End]);
    }

    [Fact]
    public void Relevance_weights_rare_words_above_common_ones()
    {
        var relevance = new Relevance();
        var common = new HashSet<string>(Words.Keys("the city council"));
        var rare = new HashSet<string>(Words.Keys("ferry tolls"));
        relevance.AddDocument(common);
        relevance.AddDocument(new HashSet<string>(Words.Keys("city budget")));
        relevance.AddDocument(rare);
        var question = Words.Keys("city ferry");
        Assert.True(relevance.Score(question, rare) > relevance.Score(question, common));
    }

    [Theory]
    [InlineData("tweeted", "Twitter")]
    [InlineData("said in a statement", "a statement")]
    [InlineData("told CNN in an interview", "an interview")]
    [InlineData("said", null)]
    public void Medium_from_words(string words, string? medium) => Assert.Equal(medium, MediumDetector.FromWords(words));
}
