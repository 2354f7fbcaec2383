using System.Text;

namespace Benchmarks.Load;

/// <summary>Mobile Text Alerts bulk creates of 1000 records: half new numbers, half numbers sent before (updates).</summary>
internal sealed class MtaBulkRequests
{
    public const int RecordsPerRequest = 1000;

    private readonly SimulatorHost _host;
    private long _nextBatch;

    public MtaBulkRequests(SimulatorHost host) => _host = host;

    public HttpRequestMessage Next()
    {
        var batch = Interlocked.Increment(ref _nextBatch);
        var body = new StringBuilder(RecordsPerRequest * 64);
        body.Append('[');
        for (var i = 0; i < RecordsPerRequest; i++)
        {
            // The second half repeats the previous batch's first half, so updates mix with creates.
            var index = i < RecordsPerRequest / 2
                ? batch * RecordsPerRequest + i
                : (batch - 1) * RecordsPerRequest + i - RecordsPerRequest / 2;
            body.Append(i == 0 ? "" : ",")
                .Append("{\"number\":\"").Append(SyntheticPhones.TenDigits(20_000_000 + index))
                .Append("\",\"firstName\":\"Load\",\"lastName\":\"Test\"}");
        }

        body.Append(']');
        var request = new HttpRequestMessage(HttpMethod.Post, "mta/v3/subscribers/bulk")
        {
            Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + _host.MtaApiKey);
        return request;
    }
}
