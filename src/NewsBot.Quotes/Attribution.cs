namespace NewsBot.Quotes;

/// <summary>Who a statement is attributed to, as the article words it ("Hua", "he", "a senior advisor …").</summary>
internal sealed record SourceMention(TextSpan Span, TextSpan? Appositive);

/// <summary>
/// A statement found in the text before speakers are resolved: its content pieces, cue and source
/// mention (or, when it has none of its own, the attribution it inherits from).
/// </summary>
internal sealed class Attribution
{
    public required int Paragraph { get; init; }
    public required SourceMention? Source { get; set; }
    public required TextSpan? CueSpan { get; init; }
    public required string Cue { get; init; }
    public List<TextSpan> Pieces { get; } = [];
    public string? Medium { get; set; }
    public Attribution? InheritsFrom { get; set; }

    /// <summary>The pattern or rule that found the statement (<see cref="AttributionPattern.Name"/>, or one of <see cref="QuoteExtractor"/>'s).</summary>
    public required string Rule { get; init; }

    /// <summary>A report inside what another reports ("Earnest said Obama has long called for …"): its speaker is not the one a "he" next means.</summary>
    public bool Nested { get; set; }

    /// <summary>
    /// The speaker <see cref="SpeakerResolver"/> resolved <see cref="Source"/> to, and the rule that decided: kept on the
    /// attribution, so that reading them back for each quote hashes no object.
    /// </summary>
    public SpeakerResolver.Entity? Speaker { get; set; }

    /// <inheritdoc cref="Speaker"/>
    public string SpeakerRule { get; set; } = "";

    /// <summary>The speaker's own words without quotation marks: a transcript line.</summary>
    public bool Verbatim { get; init; }

    /// <summary>"Limbaugh added:" closing a paragraph: what was said is the next paragraph.</summary>
    public bool ContentFollows { get; init; }

    public TextSpan Cover
    {
        get
        {
            int start = int.MaxValue, end = int.MinValue;
            foreach (var piece in Pieces)
            {
                if (piece.Start < start) start = piece.Start;
                if (piece.End > end) end = piece.End;
            }
            return new TextSpan(start, end);
        }
    }

    public SourceMention? EffectiveSource => Source ?? InheritsFrom?.EffectiveSource;
}
