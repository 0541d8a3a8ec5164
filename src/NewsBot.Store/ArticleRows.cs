using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Quotes;

namespace NewsBot.Store;

/// <summary>How speakers and quotes become table rows and back: lists as JSON arrays, enums by name, spans as start/end columns.</summary>
internal static class ArticleRows
{
    /// <summary>The speakers table's columns that <see cref="SpeakerValues"/> fills, in that order.</summary>
    public static readonly string[] SpeakerTable =
        ["article_id", "ordinal", "id", "name", "aliases", "kind", "roles", "quote_count", "first_start", "first_end", "gender"];

    /// <summary>The quotes table's columns that <see cref="QuoteValues"/> fills, in that order.</summary>
    public static readonly string[] QuoteTable =
    [
        "article_id", "ordinal", "id", "speaker_id", "speaker_name", "text", "start", "end", "pieces", "kind", "cue",
        "cue_start", "cue_end", "medium", "mention_start", "mention_end", "paragraph", "rule", "speaker_rule",
    ];

    /// <summary>Inserts a speaker row: <see cref="SpeakerValues"/> bound by position.</summary>
    public static readonly string InsertSpeaker = Insert("speakers", SpeakerTable);

    /// <summary>Inserts a quote row: <see cref="QuoteValues"/> bound by position.</summary>
    public static readonly string InsertQuote = Insert("quotes", QuoteTable);

    /// <summary>One line per article whose speakers or quotes are not the ones it was stored with (the same SQL in SQLite and PostgreSQL).</summary>
    public const string CountProblems = """
        SELECT 'article ' || a.id || ' was stored with ' || a.speaker_count || ' speakers and ' || a.quote_count
               || ' quotes but has ' || (SELECT count(*) FROM speakers s WHERE s.article_id = a.id)
               || ' and ' || (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
        FROM articles a
        WHERE a.speaker_count <> (SELECT count(*) FROM speakers s WHERE s.article_id = a.id)
           OR a.quote_count <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
        UNION ALL
        SELECT 'quote ' || q.id || ' of article ' || q.article_id || ' names speaker ' || q.speaker_id || ', who is not stored'
        FROM quotes q
        WHERE q.speaker_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM speakers s WHERE s.article_id = q.article_id AND s.id = q.speaker_id)
        """;

    public const string SpeakerColumns = "s.id, s.name, s.aliases, s.kind, s.roles, s.quote_count, s.first_start, s.first_end, s.gender";

    // "end" is quoted: a keyword in PostgreSQL, a plain name in SQLite, valid in both when quoted.
    public const string QuoteColumns =
        "id, speaker_id, speaker_name, text, start, \"end\", pieces, kind, cue, cue_start, cue_end, medium, mention_start, mention_end, paragraph, rule, speaker_rule";

    public static object?[] SpeakerValues(long articleId, int ordinal, Speaker speaker) =>
    [
        articleId, ordinal, speaker.Id, speaker.Name, JsonSerializer.Serialize(speaker.Aliases), speaker.Kind.ToString(),
        JsonSerializer.Serialize(speaker.Roles), speaker.QuoteCount, speaker.FirstMention.Start, speaker.FirstMention.End, speaker.Gender.ToString(),
    ];

    public static object?[] QuoteValues(long articleId, int ordinal, Quote quote) =>
    [
        articleId, ordinal, quote.Id, quote.SpeakerId, quote.SpeakerName, quote.Text, quote.Span.Start, quote.Span.End,
        JsonSerializer.Serialize(quote.Pieces.Select(piece => new[] { piece.Start, piece.End })), quote.Kind.ToString(), quote.Cue,
        quote.CueSpan?.Start, quote.CueSpan?.End, quote.Medium, quote.SpeakerMention?.Start, quote.SpeakerMention?.End, quote.Paragraph,
        quote.Rule, quote.SpeakerRule,
    ];

    /// <summary>Reads the columns of <see cref="SpeakerColumns"/>, starting at <paramref name="first"/>.</summary>
    public static Speaker ReadSpeaker(DbDataReader row, int first = 0) => new(
        Id: row.GetString(first),
        Name: row.GetString(first + 1),
        Aliases: Strings(row.GetString(first + 2)),
        Kind: Enum.Parse<SpeakerKind>(row.GetString(first + 3)),
        Roles: Strings(row.GetString(first + 4)),
        QuoteCount: row.GetInt32(first + 5),
        FirstMention: new TextSpan(row.GetInt32(first + 6), row.GetInt32(first + 7)),
        Gender: Enum.Parse<Gender>(row.GetString(first + 8)));

    /// <summary>Reads the columns of <see cref="QuoteColumns"/>, starting at <paramref name="first"/>.</summary>
    public static Quote ReadQuote(DbDataReader row, int first = 0) => new(
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
        Paragraph: row.GetInt32(first + 14),
        Rule: row.GetString(first + 15),
        SpeakerRule: row.GetString(first + 16));

    /// <summary>A list stored as JSON; most speakers have no aliases or roles, and "[]" is not worth a parser.</summary>
    public static IReadOnlyList<string> Strings(string json) => json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static IReadOnlyList<TextSpan> Spans(string json) =>
        (JsonSerializer.Deserialize<int[][]>(json) ?? []).Select(pair => new TextSpan(pair[0], pair[1])).ToList();

    private static TextSpan? OptionalSpan(DbDataReader row, int start) =>
        row.IsDBNull(start) || row.IsDBNull(start + 1) ? null : new TextSpan(row.GetInt32(start), row.GetInt32(start + 1));

    /// <summary>An INSERT of these columns with its values as positional parameters (?1, ?2, ...), in the columns' order.</summary>
    private static string Insert(string table, string[] columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})";

    /// <summary>Sets one named parameter, adding it on first use.</summary>
    public static void Set(SqliteCommand command, string name, object? value) =>
        SetValue(command.Parameters.Contains(name) ? command.Parameters[name] : command.Parameters.Add(name, SqliteType.Text), value);

    /// <summary>Numbers as integers, the rest as text, null as NULL.</summary>
    private static void SetValue(SqliteParameter parameter, object? value)
    {
        parameter.SqliteType = value is int or long ? SqliteType.Integer : SqliteType.Text;
        parameter.Value = value ?? DBNull.Value;
    }
}
