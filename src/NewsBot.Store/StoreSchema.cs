using Microsoft.Data.Sqlite;

namespace NewsBot.Store;

/// <summary>
/// The store's tables, as numbered migrations. A new store gets them all; an older one gets the
/// ones it lacks, and schema_version records how far it has come.
/// Append new migrations; never edit one that has shipped.
/// </summary>
internal static class StoreSchema
{
    private static readonly string[] Migrations =
    [
        // 1: articles, their speakers and quotes, and full-text indexes over quote text and speaker names.
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT NOT NULL,
            published TEXT,
            text TEXT NOT NULL,
            added TEXT NOT NULL,
            speaker_count INTEGER NOT NULL,
            quote_count INTEGER NOT NULL
        );
        CREATE TABLE speakers (
            row INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL,
            kind TEXT NOT NULL,
            roles TEXT NOT NULL,
            quote_count INTEGER NOT NULL,
            first_start INTEGER NOT NULL,
            first_end INTEGER NOT NULL,
            UNIQUE (article_id, id)
        );
        CREATE TABLE quotes (
            row INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            id TEXT NOT NULL,
            speaker_id TEXT,
            speaker_name TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            pieces TEXT NOT NULL,
            kind TEXT NOT NULL,
            cue TEXT NOT NULL,
            cue_start INTEGER,
            cue_end INTEGER,
            medium TEXT,
            mention_start INTEGER,
            mention_end INTEGER,
            paragraph INTEGER NOT NULL,
            UNIQUE (article_id, id)
        );
        CREATE INDEX quotes_by_speaker ON quotes(article_id, speaker_id);
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='row', tokenize='unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE speakers_fts USING fts5(name, aliases, content='speakers', content_rowid='row', prefix='2 3', tokenize='unicode61 remove_diacritics 2');
        """,
        // 2: full-text search over article titles and texts, for "the article about ...".
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
        """,
        // 3: what a listing shows, in id order, apart from the rows: a row's columns after its text are read by
        // walking the text's pages, and paging to the latest articles would walk every row before them.
        """
        CREATE INDEX articles_listing ON articles(id, source, title, published, added, speaker_count, quote_count);
        """,
        // 4: speakers keep the gender the engine read (so "she" finds her over a store too); quotes keep the
        // engine's rules that found them and named their speaker; quote and article words are stemmed as the
        // dialogs stem them (Porter), so "warns" finds "warned". Names stay unstemmed.
        """
        ALTER TABLE speakers ADD COLUMN gender TEXT NOT NULL DEFAULT 'Unknown';
        ALTER TABLE quotes ADD COLUMN rule TEXT NOT NULL DEFAULT '';
        ALTER TABLE quotes ADD COLUMN speaker_rule TEXT NOT NULL DEFAULT '';
        DROP TABLE quotes_fts;
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='row', tokenize='porter unicode61 remove_diacritics 2');
        INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
        DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
        INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
        """,
        // 5: the engine version that analysed each article (none for articles stored before), so an archive is
        // analysed again when the engine changes; the index finds one version's articles in id order.
        """
        ALTER TABLE articles ADD COLUMN engine_version TEXT;
        CREATE INDEX articles_by_engine_version ON articles(engine_version, id);
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>
    /// Brings the store up to <see cref="CurrentVersion"/> in one write transaction, so two
    /// processes opening a new file at once cannot both create the tables; refuses a store written
    /// by a newer NewsBot and a SQLite database that is not a store.
    /// </summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction);
        int version = ReadVersion(connection, transaction, path);
        if (version > CurrentVersion)
            throw new ArticleStoreException($"{path} was written by a newer NewsBot (store version {version}; this one reads up to {CurrentVersion}).");
        if (version == CurrentVersion) return;
        for (int next = version + 1; next <= CurrentVersion; next++) Execute(connection, Migrations[next - 1], transaction);
        Execute(connection, "DELETE FROM schema_version", transaction);
        Execute(connection, $"INSERT INTO schema_version (version) VALUES ({CurrentVersion})", transaction);
        transaction.Commit();
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction transaction, string path)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT max(version) FROM schema_version";
        var version = command.ExecuteScalar();
        if (version is long number) return (int)number;
        // No version yet: a new file, or some other SQLite database that must not be written into.
        command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE name <> 'schema_version'";
        if ((long)command.ExecuteScalar()! > 0)
            throw new ArticleStoreException($"{path} is a SQLite database but not a NewsBot store.");
        return 0;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
