using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.State;

/// <summary>
/// How NewsBot's storages write state items: JSON with their .NET type names (limited to the types
/// of <see cref="StateTypeBinder"/>) and an "ETag" of the storage's making; and the ETag a write
/// expects, as the SDK's storages read it.
/// </summary>
public static class StateDocuments
{
    public static JsonSerializer DefaultSerializer() => JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StateTypeBinder(),
        MaxDepth = null,
    });

    /// <summary>The ETag a write of <paramref name="value"/> must find stored; null or "*" when it may overwrite anything.</summary>
    public static string? ExpectedETag(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject json => json.Value<string>("ETag"),
        _ => null,
    };

    public static bool OverwritesAnything([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? expected) => expected is null or "*";

    /// <summary>The item as JSON, with a new ETag; returns both.</summary>
    public static (JObject Document, string ETag) ToDocument(object value, JsonSerializer serializer)
    {
        var document = JObject.FromObject(value, serializer);
        var etag = Guid.NewGuid().ToString("N");
        document["ETag"] = etag;
        return (document, etag);
    }
}
