namespace NewsBot.Testing;

/// <summary>
/// The evaluation data in ../shared/eval (beside the repository, never copied into it), found by
/// walking up from the running assembly, then from the working directory.
/// </summary>
public static class SharedEval
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var eval = Path.Combine(dir.FullName, "shared", "eval");
                if (Directory.Exists(eval)) return eval;
            }
        }
        throw new DirectoryNotFoundException($"No shared/eval folder above {AppContext.BaseDirectory}: the evaluation data sits beside the repository.");
    }
}
