using NewsBot.Dialogs.Index;
using NewsBot.Quotes.Tests;
using NewsBot.Store;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// A store of invented articles, more than <see cref="Corpus.ArticleCorpus.SmallCorpus"/> so questions
/// read only the articles they need: a mayor quoted in forty weekly council reports (one a day from
/// 2 January 2026), a phone call between two presidents, two storm reports under one headline and a
/// school visit. Built once per test class; every bot opens the same file.
/// </summary>
public sealed class CorpusStore : IDisposable
{
    public const int CouncilWeeks = 40;
    public static readonly DateTimeOffset FirstDay = new(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public string File { get; }

    public int Count { get; }

    public CorpusStore()
    {
        File = Path.Combine(_folder.Path, "corpus.db");
        Count = BuildAsync().GetAwaiter().GetResult();
    }

    private async Task<int> BuildAsync()
    {
        await using var store = await ArticleStore.OpenAsync(File);
        for (int week = 1; week <= CouncilWeeks; week++)
            await store.AddAsync(Council(week).Analysis, FirstDay.AddDays(week - 1));
        await store.AddAsync(PhoneCall().Analysis, new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero));
        await store.AddAsync(Storm("The river rose two metres overnight", "Fire chief Ana Silva").Analysis, new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        await store.AddAsync(Storm("The coastal road stays closed until Friday", "Police captain Omar Haddad").Analysis, new DateTimeOffset(2026, 2, 9, 0, 0, 0, TimeSpan.Zero));
        await store.AddAsync(SchoolVisit().Analysis);
        return await store.CountAsync();
    }

    /// <summary>Week n: the mayor promises the ferry reaches pier n, and names a budget figure for the week.</summary>
    public static IndexedArticle Council(int week) => new HandMadeArticle($"council-{week}.txt", $"""
        Harbor council meeting, week {week}

        Mayor Elena Marquez spoke at the council on Monday.

        "The ferry will reach pier {week} by spring," Marquez said.

        "Our budget for week {week} is {week * 1000} dollars for the harbour," she added.
        """)
        .Speaker("marquez", "Elena Marquez", ["Marquez", "Mayor Elena Marquez"], ["Mayor"])
        .Quote("marquez", $"The ferry will reach pier {week} by spring")
        .Quote("marquez", $"Our budget for week {week} is {week * 1000} dollars for the harbour", cue: "added")
        .Build();

    public static IndexedArticle PhoneCall() => new HandMadeArticle("call.txt", """
        Xi and Zelensky speak by phone

        Chinese President Xi Jinping and Ukrainian President Volodymyr Zelensky spoke for an hour.

        "Dialogue and negotiation are the only way out," Xi said.

        "We discussed the grain corridor in detail," Zelensky wrote on Twitter.
        """)
        .Speaker("xi", "Xi Jinping", ["Xi"], ["Chinese President"])
        .Speaker("zelensky", "Volodymyr Zelensky", ["Zelensky"], ["Ukrainian President"])
        .Quote("xi", "Dialogue and negotiation are the only way out")
        .Quote("zelensky", "We discussed the grain corridor in detail", cue: "wrote", medium: "Twitter")
        .Build();

    public static IndexedArticle Storm(string words, string speaker) => new HandMadeArticle("storm.txt", $"""
        Storm hits the coast

        {speaker} gave an update on the storm.

        "{words}," said {speaker}.
        """)
        .Speaker("s", speaker.Split(' ')[^2] + " " + speaker.Split(' ')[^1], [speaker.Split(' ')[^1]])
        .Quote("s", words)
        .Build();

    public static IndexedArticle SchoolVisit() => new HandMadeArticle("school.txt", """
        Zelensky visits a school in Kyiv

        President Volodymyr Zelensky met pupils on Friday.

        "Every child here deserves a quiet classroom," Zelensky said.
        """)
        .Speaker("zelensky", "Volodymyr Zelensky", ["Zelensky"], ["President"])
        .Quote("zelensky", "Every child here deserves a quiet classroom")
        .Build();

    public void Dispose() => _folder.Dispose();
}
