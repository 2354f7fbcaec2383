using System.Diagnostics;
using System.Text;
using SubscriberSimulator;
using SubscriberSimulator.Engines.Essential;

namespace Benchmarks.Load;

/// <summary>
/// One side of <see cref="StateSaveScenario"/>: a simulator with no state file, or with one saved
/// every <see cref="SaveInterval"/>, one Essential account, its load runner and its upserts. Every
/// side numbers its new subscribers from the same start, so after the same requests the stores match;
/// the numbers it handed out are what the state file must hold once the load has been answered.
/// </summary>
internal sealed class StateSaveSide : IAsyncDisposable
{
    private readonly SimulatorServer _server;
    private readonly LoadRunner _runner;
    private readonly string _upsertPath;
    private readonly string _authorization;
    private readonly string? _folder;
    private long _nextNew;
    private long _errors;

    private StateSaveSide(SimulatorServer server, LoadRunner runner, string upsertPath, string authorization, TimeSpan? saveInterval, string? folder)
    {
        _server = server;
        _runner = runner;
        _upsertPath = upsertPath;
        _authorization = authorization;
        SaveInterval = saveInterval;
        _folder = folder;
    }

    /// <summary>Null: no state file.</summary>
    public TimeSpan? SaveInterval { get; }

    public string? StateFilePath => _folder is null ? null : Path.Combine(_folder, "state.json");

    public string Label => SaveInterval is { } interval ? StateSaveScenario.Invariant($"state file, saved every {interval.TotalMilliseconds:F0} ms") : "no state file";

    /// <summary>Subscribers in the account once every request sent has been answered: numbers 0 to this one minus 1.</summary>
    public long StoreSize => Interlocked.Read(ref _nextNew);

    /// <summary>Non-2xx answers (seeding and loads): nonzero means some numbers may not have been acknowledged.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    public static async Task<StateSaveSide> StartAsync(TimeSpan? saveInterval, int connections)
    {
        // The store grows past the default subscriber cap (100,000) during the load rounds.
        var options = new SimulatorOptions { MaxSubscribersPerTenant = int.MaxValue };
        options.RateLimits.Enabled = false;
        string? folder = null;
        if (saveInterval is { } interval)
        {
            folder = Directory.CreateTempSubdirectory("state-save-").FullName;
            options.StateFile = Path.Combine(folder, "state.json");
            options.StateSaveInterval = interval;
        }

        var server = await SimulatorServer.StartAsync(options).ConfigureAwait(false);
        var engine = server.GetEngine<EssentialEngine>();
        var account = engine.CreateAccount();
        var channel = engine.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "StateSave" });
        var authorization = "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes(account.AccountSid + ":" + account.AuthToken));
        return new StateSaveSide(server, new LoadRunner(server.BaseAddress, connections),
            $"essential/v2/account/channels/{channel}/subscribers/upsert", authorization, saveInterval, folder);
    }

    /// <summary>Creates new subscribers until the account holds <paramref name="size"/>.</summary>
    public async Task GrowToAsync(long size)
    {
        var missing = size - StoreSize;
        if (missing <= 0)
        {
            return;
        }

        var errors = await _runner.SendCountAsync(missing, _ => NewSubscriber()).ConfigureAwait(false);
        Interlocked.Add(ref _errors, errors);
        if (errors > 0)
        {
            throw new InvalidOperationException($"{errors} of {missing} seeding upserts failed ({Label}); the figures would be meaningless.");
        }
    }

    /// <summary>Upserts, every other one a new subscriber and the rest re-upserts of existing ones, for <paramref name="seconds"/>.</summary>
    public async Task<(long Requests, long Errors, double Seconds, LatencySummary Latency, string Runtime)> LoadAsync(double seconds)
    {
        // Existing numbers are drawn from what the store held when the load began.
        var existing = Math.Max(1, StoreSize);
        var run = await _runner.RunAsync((_, sequence) => sequence % 2 == 0 ? NewSubscriber() : Upsert(sequence * 7919 % existing), 0, seconds)
            .ConfigureAwait(false);
        Interlocked.Add(ref _errors, run.Errors);
        return run;
    }

    /// <summary>One save of the whole state, timed, and the size of the file it wrote.</summary>
    public (TimeSpan Elapsed, long Bytes) SaveOnce()
    {
        var watch = Stopwatch.StartNew();
        _server.SaveState();
        watch.Stop();
        return (watch.Elapsed, new FileInfo(StateFilePath!).Length);
    }

    /// <summary>
    /// Where a save's time went before issue 15 item 3's change: the Essential section alone and the
    /// outbox section (every message the upserts sent, up to its capacity) with its count, each built
    /// as a tree by <c>ExportState</c>. A save now writes them straight to the file, so these time the
    /// tree, not the save.
    /// </summary>
    public (TimeSpan Essential, TimeSpan Outbox, int Messages) TimeSections()
    {
        var watch = Stopwatch.StartNew();
        _server.GetEngine<EssentialEngine>().ExportState();
        var essential = watch.Elapsed;
        watch.Restart();
        _server.Outbox.ExportState();
        return (essential, watch.Elapsed, _server.Outbox.Count);
    }

    /// <summary>
    /// Waits until the periodic saver has written the file since <paramref name="loadStartedAt"/> and
    /// then left it alone (no newer file, no temporary file) for two intervals and 2 s more, longer
    /// than a save of these stores takes: a save that began before the last change is followed by
    /// another within one interval, so the file then holds everything acknowledged, and no save runs
    /// into the next side's window. False when that did not happen within <paramref name="limit"/>.
    /// </summary>
    public async Task<bool> WaitForQuietFileAsync(DateTime loadStartedAt, TimeSpan limit)
    {
        var quiet = 2 * SaveInterval!.Value + TimeSpan.FromSeconds(2);
        var deadline = DateTime.UtcNow + limit;
        var lastWrite = DateTime.MinValue;
        var unchangedSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var written = File.Exists(StateFilePath) ? File.GetLastWriteTimeUtc(StateFilePath!) : DateTime.MinValue;
            if (written != lastWrite || File.Exists(StateFilePath + ".tmp"))
            {
                lastWrite = written;
                unchangedSince = DateTime.UtcNow;
            }
            else if (written > loadStartedAt && DateTime.UtcNow - unchangedSince >= quiet)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20)).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>Phone numbers (10 digits) the load acknowledged that the state file on disk does not hold.</summary>
    public IReadOnlyList<string> MissingFromStateFile()
    {
        var saved = StateFileSubscribers.Read(StateFilePath!);
        var missing = new List<string>();
        for (long index = 0; index < StoreSize; index++)
        {
            var phone = SyntheticPhones.TenDigits(index);
            if (!saved.Contains(phone))
            {
                missing.Add(phone);
            }
        }

        return missing;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync().ConfigureAwait(false);
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private HttpRequestMessage NewSubscriber() => Upsert(Interlocked.Increment(ref _nextNew) - 1);

    private HttpRequestMessage Upsert(long phoneIndex)
    {
        var body = "{\"phone_number\":\"" + SyntheticPhones.TenDigits(phoneIndex) + "\",\"properties\":{\"source\":\"state-save\"}}";
        var request = new HttpRequestMessage(HttpMethod.Post, _upsertPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        return request;
    }
}
