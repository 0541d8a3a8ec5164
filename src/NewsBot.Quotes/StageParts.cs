namespace NewsBot.Quotes;

/// <summary>The parts of the attribution and speaker stages that the stage report times inside them.</summary>
internal enum StagePart
{
    /// <summary>A sentence with a reporting word read into the <see cref="SentenceView"/> (its lower case).</summary>
    SentenceView,
    /// <summary>Whether a reporting word reports speech where it stands (<see cref="CueMatcher"/>).</summary>
    CueMatching,
    /// <summary>What the patterns read around a cue: the subject before it, what follows it, where the content ends (<see cref="CueSite"/>).</summary>
    CueSite,
    /// <summary>A sentence's reports marked nested in one another, and coordinated ones ending the one before (<see cref="AttributionPipeline"/>).</summary>
    NestingAndCoordination,
    /// <summary>"… reports:" given the next paragraph as its content.</summary>
    FollowingParagraphs,
    /// <summary>Quotations no cue claimed: split quotes, quote-only paragraphs, signatures.</summary>
    UnclaimedQuotes,
    /// <summary>Short unquoted fragments let go, the statements put in text order.</summary>
    FragmentsAndOrder,
    /// <summary>People named with a title, an appositive role or a full name (<see cref="TitledPeople"/>).</summary>
    TitledPeople,
    /// <summary>Names that are a sentence's subject (<see cref="SubjectNames"/>).</summary>
    SentenceSubjects,
    /// <summary>People the resolver meets before each mention: titled and fully named people, named subjects.</summary>
    PeopleOnTheWay,
    /// <summary>Each source mention resolved to a person, group or organisation (names, pronouns, roles).</summary>
    Mentions,
    /// <summary>Role nouns no one held where they stood, given to the person the story names with that role later.</summary>
    LaterRoles,
    /// <summary>The quotes and speakers made from the statements and entities.</summary>
    Result,
}

/// <summary>Where the part of a stage began: the thread's clock and its allocated bytes then.</summary>
internal readonly record struct StageMark(long Ticks, long Bytes);

/// <summary>
/// What the stage report (tests/NewsBot.Benchmarks, extraction-stages) is told each part of a stage cost. The engine asks
/// <see cref="OfThisThread"/> once per stage; unset, as whenever the engine runs for real, a part costs a test of a local.
/// </summary>
internal abstract class StagePartClock
{
    [ThreadStatic] private static StagePartClock? _ofThisThread;

    public static StagePartClock? OfThisThread
    {
        get => _ofThisThread;
        set => _ofThisThread = value;
    }

    public abstract StageMark Begin();

    public abstract void End(StagePart part, StageMark begun);
}
