using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsBot.Benchmarks;

/// <summary>A report column computed from the corpus a benchmark case ran over (its "Corpus" parameter).</summary>
public abstract class CorpusColumn(string columnName, string legend) : IColumn
{
    public string Id => GetType().Name;
    public string ColumnName => columnName;
    public string Legend => legend;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Parameters["Corpus"] is not string name) return "-";
        return Value(EvalCorpus.Get(name), report, benchmarkCase);
    }

    protected abstract string Value(EvalCorpus corpus, BenchmarkReport report, BenchmarkCase benchmarkCase);
}

/// <summary>Input megabytes (10^6 bytes of article files) per second of mean time.</summary>
public sealed class CorpusThroughputColumn() : CorpusColumn("MB/s", "Article bytes extracted per second (MB = 10^6 bytes), from the mean time")
{
    protected override string Value(EvalCorpus corpus, BenchmarkReport report, BenchmarkCase benchmarkCase) =>
        $"{corpus.TotalBytes / 1e6 / (report.ResultStatistics!.Mean / 1e9):0.00}";
}

/// <summary>Managed bytes allocated per article of the corpus.</summary>
public sealed class AllocatedPerArticleColumn() : CorpusColumn("Alloc/article", "Managed memory allocated per article (Allocated / number of articles)")
{
    protected override string Value(EvalCorpus corpus, BenchmarkReport report, BenchmarkCase benchmarkCase)
    {
        var perOperation = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return perOperation is long bytes ? $"{bytes / 1024.0 / corpus.Files.Count:N1} KB" : "-";
    }
}
