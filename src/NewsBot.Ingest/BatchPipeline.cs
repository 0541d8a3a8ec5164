using System.Threading.Tasks.Dataflow;

namespace NewsBot.Ingest;

/// <summary>How much an indexing pipeline does at once.</summary>
public sealed record PipelineOptions
{
    /// <summary>Articles read and analysed at the same time: by default one per core.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Most articles written in one transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Most articles between the reader and the writer (read, being analysed, or analysed and waiting): a bound on memory.</summary>
    public int Window => Math.Max(BatchSize * 2, Workers * 4);
}

/// <summary>
/// A bounded pipeline: inputs are prepared (read, analysed) by <see cref="PipelineOptions.Workers"/>
/// at once, taken out in the order they went in, and written a batch at a time while the next are
/// prepared. A batch holds what is ready when the writer comes for it, up to
/// <see cref="PipelineOptions.BatchSize"/>, so a slow input never holds back what is done before it.
/// </summary>
public static class BatchPipeline
{
    /// <param name="write">Writes one batch; false stops the pipeline (what is still being prepared is dropped).</param>
    public static async Task RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> inputs,
        Func<TIn, CancellationToken, Task<TOut>> prepare,
        Func<IReadOnlyList<TOut>, CancellationToken, Task<bool>> write,
        PipelineOptions options,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var prepared = new TransformBlock<TIn, TOut>(input => prepare(input, stop.Token), new ExecutionDataflowBlockOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Workers),
            BoundedCapacity = options.Window,
            EnsureOrdered = true,
            CancellationToken = stop.Token,
        });
        var feeding = FeedAsync(inputs, prepared, stop.Token);
        try
        {
            var batch = new List<TOut>(options.BatchSize);
            while (await prepared.OutputAvailableAsync(stop.Token))
            {
                batch.Clear();
                while (batch.Count < options.BatchSize && prepared.TryReceive(out var item)) batch.Add(item);
                if (!await write(batch, stop.Token))
                {
                    await StopAsync(stop, feeding, prepared);
                    return;
                }
            }
            await prepared.Completion;
            await feeding;
        }
        catch
        {
            // Cancelled, or a write failed: stop reading and preparing too.
            await StopAsync(stop, feeding, prepared);
            throw;
        }
    }

    /// <summary>Stops reading and preparing, and waits for both to end, whatever they end with.</summary>
    private static async Task StopAsync(CancellationTokenSource stop, Task feeding, IDataflowBlock prepared)
    {
        await stop.CancelAsync();
        await Task.WhenAll(feeding, prepared.Completion).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private static async Task FeedAsync<TIn, TOut>(IAsyncEnumerable<TIn> inputs, TransformBlock<TIn, TOut> prepared, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var input in inputs.WithCancellation(cancellationToken))
                if (!await prepared.SendAsync(input, cancellationToken)) break;
            prepared.Complete();
        }
        catch (Exception e)
        {
            ((IDataflowBlock)prepared).Fault(e);
            throw;
        }
    }
}
