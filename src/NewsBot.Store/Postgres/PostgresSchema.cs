using Npgsql;

namespace NewsBot.Store.Postgres;

/// <summary>
/// The store's tables on PostgreSQL, as numbered migrations recorded in schema_version (in the
/// first schema of the connection's search path). Full-text search uses generated tsvector columns
/// with GIN indexes: names under newsbot_search, PostgreSQL's 'simple' (lower case, no stemming, so
/// names stay names), quote and article words under newsbot_english (stemmed, no stop list), both
/// with accents removed when the unaccent extension can be had. Append new migrations; never edit
/// one that has shipped.
/// </summary>
internal static class PostgresSchema
{
    // Any fixed number: every NewsBot migrating this database takes the same lock, one at a time.
    private const long MigrationLock = 0x4E657773426F7401;

    private static readonly string[] Migrations =
    [
        // 1: articles, speakers and quotes, searchable by title and text, name and aliases, and quote text.
        """
        CREATE TEXT SEARCH CONFIGURATION newsbot_search (COPY = pg_catalog.simple);
        DO $$
        DECLARE
            home text;
        BEGIN
            CREATE EXTENSION IF NOT EXISTS unaccent;
            SELECT n.nspname INTO home FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
            EXECUTE format('ALTER TEXT SEARCH CONFIGURATION newsbot_search ALTER MAPPING FOR word, numword, hword, hword_part, numhword, hword_numpart WITH %I.unaccent, simple', home);
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'unaccent is not available (%): names are searched with their accents', SQLERRM;
        END $$;

        CREATE TABLE articles (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            content_hash text NOT NULL UNIQUE,
            source text NOT NULL,
            title text NOT NULL,
            published timestamptz,
            text text NOT NULL,
            added timestamptz NOT NULL,
            speaker_count integer NOT NULL,
            quote_count integer NOT NULL,
            search tsvector NOT NULL GENERATED ALWAYS AS (
                setweight(to_tsvector('newsbot_search'::regconfig, title), 'A') || setweight(to_tsvector('newsbot_search'::regconfig, text), 'D')) STORED
        );
        CREATE INDEX articles_search ON articles USING gin (search);

        CREATE TABLE speakers (
            row_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            id text NOT NULL,
            name text NOT NULL,
            aliases text NOT NULL,
            kind text NOT NULL,
            roles text NOT NULL,
            quote_count integer NOT NULL,
            first_start integer NOT NULL,
            first_end integer NOT NULL,
            search tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('newsbot_search'::regconfig, name || ' ' || aliases)) STORED,
            UNIQUE (article_id, id)
        );
        CREATE INDEX speakers_search ON speakers USING gin (search);

        CREATE TABLE quotes (
            row_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            id text NOT NULL,
            speaker_id text,
            speaker_name text NOT NULL,
            text text NOT NULL,
            start integer NOT NULL,
            "end" integer NOT NULL,
            pieces text NOT NULL,
            kind text NOT NULL,
            cue text NOT NULL,
            cue_start integer,
            cue_end integer,
            medium text,
            mention_start integer,
            mention_end integer,
            paragraph integer NOT NULL,
            search tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('newsbot_search'::regconfig, text)) STORED,
            UNIQUE (article_id, id)
        );
        CREATE INDEX quotes_by_speaker ON quotes (article_id, speaker_id);
        CREATE INDEX quotes_search ON quotes USING gin (search);
        """,
        // 2: speakers keep the gender the engine read; quotes keep the engine's rules that found them and named
        // their speaker; quote and article words are stemmed (Snowball English,
        // without its stop list: the dialogs keep "not" and leave out their own stop words), names stay unstemmed.
        """
        ALTER TABLE speakers ADD COLUMN gender text NOT NULL DEFAULT 'Unknown';
        ALTER TABLE quotes ADD COLUMN rule text NOT NULL DEFAULT '';
        ALTER TABLE quotes ADD COLUMN speaker_rule text NOT NULL DEFAULT '';
        CREATE TEXT SEARCH DICTIONARY newsbot_english_stem (TEMPLATE = snowball, Language = english);
        CREATE TEXT SEARCH CONFIGURATION newsbot_english (COPY = pg_catalog.english);
        ALTER TEXT SEARCH CONFIGURATION newsbot_english ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH newsbot_english_stem;
        DO $$
        DECLARE
            home text;
        BEGIN
            SELECT n.nspname INTO home FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
            IF home IS NOT NULL THEN
                EXECUTE format('ALTER TEXT SEARCH CONFIGURATION newsbot_english ALTER MAPPING FOR word, hword, hword_part WITH %I.unaccent, newsbot_english_stem', home);
            END IF;
        END $$;
        ALTER TABLE quotes DROP COLUMN search;
        ALTER TABLE quotes ADD COLUMN search tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('newsbot_english'::regconfig, text)) STORED;
        CREATE INDEX quotes_search ON quotes USING gin (search);
        ALTER TABLE articles DROP COLUMN search;
        ALTER TABLE articles ADD COLUMN search tsvector NOT NULL GENERATED ALWAYS AS (
            setweight(to_tsvector('newsbot_english'::regconfig, title), 'A') || setweight(to_tsvector('newsbot_english'::regconfig, text), 'D')) STORED;
        CREATE INDEX articles_search ON articles USING gin (search);
        """,
        // 3: the engine version that analysed each article (none for articles stored before), so an archive is
        // analysed again when the engine changes; the index finds one version's articles in id order.
        """
        ALTER TABLE articles ADD COLUMN engine_version text;
        CREATE INDEX articles_by_engine_version ON articles (engine_version, id);
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>
    /// Brings the store up to <see cref="CurrentVersion"/> in one transaction under an advisory
    /// lock, so two instances starting at once cannot both create the tables; refuses a store
    /// written by a newer NewsBot, and a database whose tables of these names are not a store.
    /// </summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, PostgresLocation location, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)", cancellationToken);
        await using (var read = new NpgsqlCommand("SELECT max(version), to_regclass('articles') IS NOT NULL FROM schema_version", connection))
        await using (var row = await read.ExecuteReaderAsync(cancellationToken))
        {
            await row.ReadAsync(cancellationToken);
            int version = row.IsDBNull(0) ? 0 : row.GetInt32(0);
            if (version == 0 && row.GetBoolean(1))
                throw new ArticleStoreException($"{location} has a table named articles but is not a NewsBot store: name another database, or a schema of its own (Search Path=...).");
            if (version > CurrentVersion)
                throw new ArticleStoreException($"{location} was written by a newer NewsBot (store version {version}; this one reads up to {CurrentVersion}).");
            if (version == CurrentVersion) return;
            await row.CloseAsync();
            for (int next = version + 1; next <= CurrentVersion; next++) await ExecuteAsync(connection, Migrations[next - 1], cancellationToken);
        }
        await ExecuteAsync(connection, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({CurrentVersion})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
