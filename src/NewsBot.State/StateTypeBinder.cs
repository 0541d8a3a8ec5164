using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace NewsBot.State;

/// <summary>
/// Lets stored state name (in its "$type") only types that state is made of: NewsBot's and the Bot
/// Framework's own, and the plain values and collections of System. A row that names any other type
/// is refused rather than instantiated, so whoever can write to the database cannot make the bot
/// construct arbitrary objects.
/// </summary>
public sealed class StateTypeBinder(params string[] assemblyPrefixes) : ISerializationBinder
{
    private static readonly HashSet<string> SystemNamespaces = ["System", "System.Collections.Generic", "System.Collections.ObjectModel", "Newtonsoft.Json.Linq"];

    private readonly DefaultSerializationBinder _default = new();
    private readonly string[] _prefixes = assemblyPrefixes.Length > 0 ? assemblyPrefixes : ["NewsBot", "Microsoft.Bot"];

    public Type BindToType(string? assemblyName, string typeName)
    {
        var type = _default.BindToType(assemblyName, typeName);
        if (!IsAllowed(type)) throw new JsonSerializationException($"Stored state names type '{typeName}', which state may not hold.");
        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        _default.BindToName(serializedType, out assemblyName, out typeName);

    private bool IsAllowed(Type type)
    {
        if (type.IsArray) return IsAllowed(type.GetElementType()!);
        if (type.IsGenericType && !type.GetGenericArguments().All(IsAllowed)) return false;
        var assembly = type.Assembly.GetName().Name ?? "";
        if (_prefixes.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal))) return true;
        return type.Namespace is { } space && SystemNamespaces.Contains(space)
            && (type.Assembly == typeof(object).Assembly || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly == "Newtonsoft.Json")
            && !typeof(Delegate).IsAssignableFrom(type);
    }
}
