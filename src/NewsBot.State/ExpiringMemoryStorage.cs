using System.Text;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.State;

/// <summary>How long in-memory state lives, and how much of it there may be (section NewsBot:State).</summary>
public sealed record StateLimits
{
    /// <summary>An item neither read nor written for this long is dropped (sliding).</summary>
    public TimeSpan Expiry { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Most bytes all items may take (their JSON, keys and bookkeeping); past it, the least recently used go first.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
}

/// <summary>
/// Bot Framework state in this process's memory, as the SDK's MemoryStorage but bounded: items are
/// kept as compact UTF-8 JSON, each expires when unused for <see cref="StateLimits.Expiry"/>, and
/// all together never take more than <see cref="StateLimits.MaxBytes"/>: the least recently used
/// conversation is forgotten first. ETags and types behave as in <see cref="PostgresStorage"/>.
/// </summary>
public sealed class ExpiringMemoryStorage(StateLimits limits, TimeProvider? time = null, JsonSerializer? serializer = null) : IStorage
{
    /// <summary>What an item costs besides its JSON and key: the entry, its list node, its ETag.</summary>
    public const int OverheadBytes = 256;

    private sealed record Item(string Key, byte[] Json, string ETag)
    {
        public long Cost => Json.Length + Key.Length * 2L + ETag.Length * 2L + OverheadBytes;
        public DateTimeOffset LastUsed { get; set; }
    }

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly JsonSerializer _serializer = serializer ?? StateDocuments.DefaultSerializer();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Item>> _items = new(StringComparer.Ordinal);
    private readonly LinkedList<Item> _leastRecentlyUsed = new();
    private long _bytes;

    public StateLimits Limits => limits;

    /// <summary>How many items are held now.</summary>
    public int Count
    {
        get { lock (_lock) return _items.Count; }
    }

    /// <summary>What the items held now cost, in bytes, by the measure <see cref="StateLimits.MaxBytes"/> bounds.</summary>
    public long Bytes
    {
        get { lock (_lock) return _bytes; }
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<(string Key, byte[] Json)>();
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            ForgetExpired(now);
            foreach (var key in keys)
                if (key is not null && _items.TryGetValue(key, out var node)) found.Add((key, Used(node, now).Json));
        }
        IDictionary<string, object> items = new Dictionary<string, object>(found.Count);
        foreach (var (key, json) in found) items[key] = JObject.Parse(Encoding.UTF8.GetString(json)).ToObject<object>(_serializer)!;
        return Task.FromResult(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // Serialised outside the lock; then the whole batch is checked before any of it is written.
        var written = changes.Select(change => (change.Key, Value: change.Value, Expected: change.Value is null ? null : StateDocuments.ExpectedETag(change.Value),
            Document: change.Value is null ? default : StateDocuments.ToDocument(change.Value, _serializer))).ToList();
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            ForgetExpired(now);
            foreach (var (key, value, expected, _) in written)
            {
                if (value is null || StateDocuments.OverwritesAnything(expected) || !_items.TryGetValue(key, out var stored)) continue;
                if (stored.Value.ETag != expected) throw new StateConflictException(key, expected!);
            }
            foreach (var (key, value, _, (document, etag)) in written)
            {
                Remove(key);
                if (value is null) continue;
                var item = new Item(key, Encoding.UTF8.GetBytes(document.ToString(Formatting.None)), etag) { LastUsed = now };
                if (item.Cost > limits.MaxBytes)
                    throw new InvalidOperationException($"State '{key}' takes {item.Cost} bytes, more than all state may ({limits.MaxBytes}, NewsBot:State:MaxBytes).");
                _items[key] = _leastRecentlyUsed.AddLast(item);
                _bytes += item.Cost;
            }
            while (_bytes > limits.MaxBytes) Remove(_leastRecentlyUsed.First!.Value.Key);
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
            foreach (var key in keys)
                if (key is not null) Remove(key);
        return Task.CompletedTask;
    }

    private Item Used(LinkedListNode<Item> node, DateTimeOffset now)
    {
        node.Value.LastUsed = now;
        _leastRecentlyUsed.Remove(node);
        _leastRecentlyUsed.AddLast(node);
        return node.Value;
    }

    // The list is in order of last use, so the expired items are at its head.
    private void ForgetExpired(DateTimeOffset now)
    {
        while (_leastRecentlyUsed.First is { } oldest && now - oldest.Value.LastUsed >= limits.Expiry) Remove(oldest.Value.Key);
    }

    private void Remove(string key)
    {
        if (!_items.Remove(key, out var node)) return;
        _leastRecentlyUsed.Remove(node);
        _bytes -= node.Value.Cost;
    }
}
