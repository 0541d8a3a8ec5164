using Microsoft.Data.Sqlite;
using NewsBot.Quotes.Text;

namespace NewsBot.Store.Tests;

/// <summary>The shared text toolkit: one stop list, and a stemmer that meets the stores' own.</summary>
public sealed class TextToolkitTests
{
    private static readonly string[] Words =
    [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing", "conflated",
        "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing", "happy", "sky",
        "relational", "conditional", "rational", "valenci", "digitizer", "conformabli", "radicalli", "differentli", "vileli",
        "analogousli", "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness",
        "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical",
        "hopeful", "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible",
        "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou", "communism", "activate", "angulariti",
        "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalizations", "oscillators",
        "warned", "warns", "warning", "denied", "denies", "criticised", "criticized", "urged", "accused", "blamed", "joked",
        "conceded", "promised", "said", "says", "saying", "dialogue", "negotiations", "weapons", "ceasefire", "important",
        "knowledge", "welcomed", "hyperbole", "abilities", "news", "is", "as", "a", "by", "ox", "skies", "dying", "lying",
    ];

    [Fact]
    public void The_stemmer_gives_what_sqlite_fts5_porter_indexes()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter ascii'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');");
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t (x) VALUES ($x)";
            insert.Parameters.AddWithValue("$x", string.Join(' ', Words));
            insert.ExecuteNonQuery();
        }
        var indexed = new Dictionary<long, string>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT offset, term FROM v";
            using var row = read.ExecuteReader();
            while (row.Read()) indexed[row.GetInt64(0)] = row.GetString(1);
        }

        var differences = Words.Select((w, i) => (Word: w, Ours: PorterStemmer.Stem(w), Theirs: indexed[i])).Where(x => x.Ours != x.Theirs).ToList();
        Assert.True(differences.Count == 0, string.Join(", ", differences.Select(d => $"{d.Word}: {d.Ours} vs {d.Theirs}")));
    }

    [Theory]
    [InlineData("generalizations", "gener")]
    [InlineData("warned", "warn")]
    [InlineData("criticised", "criticis")]
    [InlineData("Warned", "Warned")]
    [InlineData("na\u00efve", "na\u00efve")]
    [InlineData("us", "us")]
    public void The_stemmer_takes_folded_ascii_words_and_leaves_others_alone(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Negations_are_never_stop_words_and_the_store_search_keeps_them()
    {
        foreach (var word in new[] { "not", "no", "nor", "never" })
        {
            Assert.False(StopWords.IsStopWord(word));
            Assert.True(StopWords.IsNegation(word));
        }
        Assert.True(StopWords.IsStopWord("the"));
        Assert.Equal(["China", "not", "crisis"], FtsQuery.ContentWords("China did not create the crisis").Where(w => w != "create"));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
