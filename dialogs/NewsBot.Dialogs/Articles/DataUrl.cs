using NewsBot.Ingest;

namespace NewsBot.Dialogs.Articles;

/// <summary>A file carried inside its own link (data:[type][;base64],content), as uploads to the local Direct Line are.</summary>
public static class DataUrl
{
    public static bool TryDecode(string url, long maxBytes, out byte[] content, out (Refusal Refusal, string Reason)? problem)
    {
        content = [];
        problem = null;
        int comma = url.IndexOf(',');
        if (comma < 0)
        {
            problem = (Refusal.BadLink, "came with a broken data link.");
            return false;
        }
        var header = url.AsSpan(5, comma - 5);
        var data = url.AsSpan(comma + 1);
        bool base64 = header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase);
        long size = base64 ? data.Length / 4 * 3 : data.Length;
        if (size > maxBytes)
        {
            problem = (Refusal.TooLarge, $"is about {Sizes.Describe(size)}, over the {Sizes.Describe(maxBytes)} limit for one article.");
            return false;
        }
        try
        {
            content = base64 ? Convert.FromBase64String(data.ToString()) : System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(data.ToString()));
            return true;
        }
        catch (FormatException)
        {
            problem = (Refusal.BadLink, "came with a broken data link.");
            return false;
        }
    }
}
