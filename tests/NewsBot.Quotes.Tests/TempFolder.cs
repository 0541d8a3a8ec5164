namespace NewsBot.Quotes.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("newsbot-test-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string name, string text) => Write(name, new System.Text.UTF8Encoding(false).GetBytes(text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
