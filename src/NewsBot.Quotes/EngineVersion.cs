namespace NewsBot.Quotes;

/// <summary>
/// Which rules <see cref="QuoteEngine.Analyze"/> applies. A store records it with every article it
/// analyses, and `newsbot reindex` (or the host in the background) analyses again the articles
/// stored under another version. Change it, to any other string, with every change to the engine
/// that changes what it finds in some article; leave it alone for changes that do not (speed,
/// refactoring), so an archive is not re-analysed for nothing.
/// </summary>
public static class EngineVersion
{
    public const string Current = "2026.9";
}
