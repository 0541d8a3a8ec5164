namespace NewsBot.Dialogs.Language;

/// <summary>Damerau (optimal string alignment) distance with an early cut-off.</summary>
public static class EditDistance
{
    public static int Between(string a, string b, int max = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    /// <summary>How many typos a word of this length may carry and still be recognised.</summary>
    public static int Allowed(int length) => length switch { <= 3 => 0, <= 5 => 1, <= 9 => 2, _ => 3 };

    public static bool IsClose(string typed, string known)
    {
        int allowed = Allowed(Math.Min(typed.Length, known.Length));
        return allowed > 0 && Between(typed, known, allowed) <= allowed;
    }
}
