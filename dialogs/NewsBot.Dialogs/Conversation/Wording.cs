namespace NewsBot.Dialogs.Conversation;

/// <summary>Small pieces of English for replies: counts, lists, names typed by the user.</summary>
public static class Wording
{
    /// <summary>A name typed in lower case, capitalised for showing back ("xi jinping" as "Xi Jinping").</summary>
    public static string AsName(string typed)
    {
        var echo = Echo(typed);
        if (echo.Any(char.IsUpper)) return echo;
        return string.Join(' ', echo.Split(' ').Select((w, i) =>
            w.Length == 0 || (i > 0 && w is "of" or "the" or "and" or "for" or "de" or "van" or "von") ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>What the user typed, shortened for repeating back to them.</summary>
    public static string Echo(string typed, int max = 80) => typed.Length <= max ? typed : typed[..max].TrimEnd() + "\u2026";

    public static string Times(int n) => n == 1 ? "once" : n == 2 ? "twice" : $"{n} times";

    public static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";

    public static string JoinAnd(IEnumerable<string> items) => Join(items, "and");

    public static string JoinOr(IEnumerable<string> items) => Join(items, "or");

    private static string Join(IEnumerable<string> items, string last)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            2 => $"{list[0]} {last} {list[1]}",
            _ => string.Join(", ", list.Take(list.Count - 1)) + $", {last} " + list[^1],
        };
    }
}
