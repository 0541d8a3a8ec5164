using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Cli.Tests;

/// <summary>`newsbot index --store` with a PostgreSQL connection string (a schema of this class's own test database).</summary>
public sealed class IndexIntoPostgresTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Articles_go_into_the_database_which_the_summary_names_without_its_password()
    {
        var location = await database.NewSchemaAsync();
        _folder.Write("one.txt", "Pier reopens\n\nHarbourmaster Ines Vale reopened the pier.\n\n\u201CThe boats can come home,\u201D Vale said.\n");
        _folder.Write("two.txt", "Ferry returns\n\nCaptain Omar Lind brought the ferry back.\n\n\u201CWe missed this crossing,\u201D Lind said.\n");

        var run = CliRun.Of("index", _folder.Path, "--store", location);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 added, 0 duplicates, 0 failed", run.Output);
        var builder = new NpgsqlConnectionStringBuilder(location);
        Assert.Contains($"into postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}", run.Output);
        Assert.DoesNotContain("Password", run.Output + run.Error, StringComparison.OrdinalIgnoreCase);
        await using var store = await ArticleStore.OpenAsync(location);
        Assert.Equal("Vale", Assert.Single(await store.QuotesBySpeakerAsync("Vale")).SpeakerName.Split(' ')[^1]);
    }
}
