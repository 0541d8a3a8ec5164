using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Quotes;

namespace NewsBot.Store;

/// <summary>How speakers and quotes become table rows and back: lists as JSON arrays, enums by name, spans as start/end columns.</summary>
internal static class ArticleRows
{
    public const string InsertSpeaker = """
        INSERT INTO speakers (article_id, ordinal, id, name, aliases, kind, roles, quote_count, first_start, first_end)
        VALUES ($article, $ordinal, $id, $name, $aliases, $kind, $roles, $quote_count, $first_start, $first_end);
        INSERT INTO speakers_fts (rowid, name, aliases) VALUES (last_insert_rowid(), $name, $aliases);
        """;

    public const string InsertQuote = """
        INSERT INTO quotes (article_id, ordinal, id, speaker_id, speaker_name, text, start, end, pieces, kind, cue,
                            cue_start, cue_end, medium, mention_start, mention_end, paragraph)
        VALUES ($article, $ordinal, $id, $speaker_id, $speaker_name, $text, $start, $end, $pieces, $kind, $cue,
                $cue_start, $cue_end, $medium, $mention_start, $mention_end, $paragraph);
        INSERT INTO quotes_fts (rowid, text) VALUES (last_insert_rowid(), $text);
        """;

    public const string SpeakerColumns = "s.id, s.name, s.aliases, s.kind, s.roles, s.quote_count, s.first_start, s.first_end";

    public const string QuoteColumns =
        "id, speaker_id, speaker_name, text, start, end, pieces, kind, cue, cue_start, cue_end, medium, mention_start, mention_end, paragraph";

    public static void Bind(SqliteCommand command, long articleId, int ordinal, Speaker speaker)
    {
        var p = new Binder(command);
        p.Set("$article", articleId);
        p.Set("$ordinal", ordinal);
        p.Set("$id", speaker.Id);
        p.Set("$name", speaker.Name);
        p.Set("$aliases", JsonSerializer.Serialize(speaker.Aliases));
        p.Set("$kind", speaker.Kind.ToString());
        p.Set("$roles", JsonSerializer.Serialize(speaker.Roles));
        p.Set("$quote_count", speaker.QuoteCount);
        p.Set("$first_start", speaker.FirstMention.Start);
        p.Set("$first_end", speaker.FirstMention.End);
    }

    public static void Bind(SqliteCommand command, long articleId, int ordinal, Quote quote)
    {
        var p = new Binder(command);
        p.Set("$article", articleId);
        p.Set("$ordinal", ordinal);
        p.Set("$id", quote.Id);
        p.Set("$speaker_id", quote.SpeakerId);
        p.Set("$speaker_name", quote.SpeakerName);
        p.Set("$text", quote.Text);
        p.Set("$start", quote.Span.Start);
        p.Set("$end", quote.Span.End);
        p.Set("$pieces", JsonSerializer.Serialize(quote.Pieces.Select(piece => new[] { piece.Start, piece.End })));
        p.Set("$kind", quote.Kind.ToString());
        p.Set("$cue", quote.Cue);
        p.Set("$cue_start", quote.CueSpan?.Start);
        p.Set("$cue_end", quote.CueSpan?.End);
        p.Set("$medium", quote.Medium);
        p.Set("$mention_start", quote.SpeakerMention?.Start);
        p.Set("$mention_end", quote.SpeakerMention?.End);
        p.Set("$paragraph", quote.Paragraph);
    }

    /// <summary>Reads the columns of <see cref="SpeakerColumns"/>, starting at <paramref name="first"/>.</summary>
    public static Speaker ReadSpeaker(SqliteDataReader row, int first = 0) => new(
        Id: row.GetString(first),
        Name: row.GetString(first + 1),
        Aliases: Strings(row.GetString(first + 2)),
        Kind: Enum.Parse<SpeakerKind>(row.GetString(first + 3)),
        Roles: Strings(row.GetString(first + 4)),
        QuoteCount: row.GetInt32(first + 5),
        FirstMention: new TextSpan(row.GetInt32(first + 6), row.GetInt32(first + 7)));

    /// <summary>Reads the columns of <see cref="QuoteColumns"/>, starting at <paramref name="first"/>.</summary>
    public static Quote ReadQuote(SqliteDataReader row, int first = 0) => new(
        Id: row.GetString(first),
        SpeakerId: row.IsDBNull(first + 1) ? null : row.GetString(first + 1),
        SpeakerName: row.GetString(first + 2),
        Text: row.GetString(first + 3),
        Span: new TextSpan(row.GetInt32(first + 4), row.GetInt32(first + 5)),
        Pieces: Spans(row.GetString(first + 6)),
        Kind: Enum.Parse<QuoteKind>(row.GetString(first + 7)),
        Cue: row.GetString(first + 8),
        CueSpan: OptionalSpan(row, first + 9),
        Medium: row.IsDBNull(first + 11) ? null : row.GetString(first + 11),
        SpeakerMention: OptionalSpan(row, first + 12),
        Paragraph: row.GetInt32(first + 14));

    public static IReadOnlyList<string> Strings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static IReadOnlyList<TextSpan> Spans(string json) =>
        (JsonSerializer.Deserialize<int[][]>(json) ?? []).Select(pair => new TextSpan(pair[0], pair[1])).ToList();

    private static TextSpan? OptionalSpan(SqliteDataReader row, int start) =>
        row.IsDBNull(start) || row.IsDBNull(start + 1) ? null : new TextSpan(row.GetInt32(start), row.GetInt32(start + 1));

    /// <summary>Sets a named parameter, adding it on first use, so one prepared command serves every row.</summary>
    private readonly struct Binder(SqliteCommand command)
    {
        public void Set(string name, object? value)
        {
            var parameter = command.Parameters.Contains(name) ? command.Parameters[name] : command.Parameters.Add(name, SqliteType.Text);
            parameter.SqliteType = value is int or long ? SqliteType.Integer : SqliteType.Text;
            parameter.Value = value ?? DBNull.Value;
        }
    }
}
