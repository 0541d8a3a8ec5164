using System.Text.Encodings.Web;
using System.Text.Json;
using NewsBot.Quotes;

namespace NewsBot.Cli.Output;

/// <summary>
/// One JSON line per article, in the shape ../shared/eval/score_quotes.py reads:
/// {"file", "speakers": [...], "quotes": [...]}, or {"file", "error"} for an article that could
/// not be read. start/end are UTF-16 offsets into Article.Text, end exclusive; rule and speakerRule
/// name the engine's rules that found the quote and its speaker.
/// </summary>
public static class QuotesJsonl
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Line(string file, ArticleQuotes result) => JsonSerializer.Serialize(
        new FileLine(
            file,
            [.. result.Speakers.Select(s => new SpeakerLine(s.Id, s.Name, s.Aliases, Lower(s.Kind), s.Roles, s.QuoteCount))],
            [.. result.Quotes.Select(q => new QuoteLine(q.Id, q.SpeakerId, q.SpeakerName, q.Text, q.Span.Start, q.Span.End, Lower(q.Kind), q.Cue, q.Medium, q.Rule, q.SpeakerRule))]),
        Options);

    public static string ErrorLine(string file, string error) => JsonSerializer.Serialize(new FailedLine(file, error), Options);

    private static string Lower<T>(T kind) where T : struct, Enum => kind.ToString().ToLowerInvariant();

    private sealed record FileLine(string File, IReadOnlyList<SpeakerLine> Speakers, IReadOnlyList<QuoteLine> Quotes);

    private sealed record SpeakerLine(string Id, string Name, IReadOnlyList<string> Aliases, string Kind, IReadOnlyList<string> Roles, int QuoteCount);

    private sealed record QuoteLine(string Id, string? SpeakerId, string Speaker, string Text, int Start, int End, string Kind, string Cue, string? Medium, string Rule, string SpeakerRule);

    private sealed record FailedLine(string File, string Error);
}
