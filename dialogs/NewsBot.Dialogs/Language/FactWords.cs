namespace NewsBot.Dialogs.Language;

/// <summary>
/// The few ways news writes the facts people ask about most: a question says "died", the article "killed";
/// "how much did prices rise" meets "prices jumped". Each group is words of one meaning in the forms a
/// question uses; a fact question is also tried with each word of its group in place of the one typed.
/// Deliberately small: a word joins only when news uses its group interchangeably.
/// </summary>
public static class FactWords
{
    private static readonly string[][] Groups =
    [
        ["died", "killed", "dead", "deaths", "die", "dies", "death", "perished"],
        ["hurt", "injured", "wounded", "injuries"],
        ["rise", "rose", "risen", "increase", "increased", "jump", "jumped", "climb", "climbed", "grow", "grew"],
        ["fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "decrease", "decreased"],
        ["cost", "costs", "price", "spend", "spent"],
        ["fired", "dismissed", "sacked", "ousted"],
        ["evacuated", "displaced", "fled", "homeless"],
        ["arrested", "detained", "held"],
        ["buy", "bought", "purchase", "purchased", "import", "imported"],
        ["start", "begin", "began", "starts", "begins", "open", "opens"],
        ["end", "ends", "finish", "close", "closes"],
    ];

    private static readonly Dictionary<string, string[]> GroupOf = Build();

    private static Dictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Groups)
            foreach (var word in group)
                map[word] = group;
        return map;
    }

    /// <summary>Most variants of one question tried: bounds a turn's work whatever was typed.</summary>
    private const int MostVariants = 12;

    /// <summary>The question's words with one word at a time put in another form of its meaning (the words as typed not among them).</summary>
    public static IReadOnlyList<string> Variants(string words)
    {
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var variants = new List<string>();
        for (int i = 0; i < tokens.Length && variants.Count < MostVariants; i++)
        {
            if (!GroupOf.TryGetValue(Words.Fold(tokens[i]), out var group)) continue;
            foreach (var other in group)
            {
                if (other == Words.Fold(tokens[i]) || variants.Count >= MostVariants) continue;
                var copy = (string[])tokens.Clone();
                copy[i] = other;
                variants.Add(string.Join(' ', copy));
            }
        }
        return variants;
    }
}
