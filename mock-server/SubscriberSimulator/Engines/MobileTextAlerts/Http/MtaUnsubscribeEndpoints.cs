using SubscriberSimulator.Core;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary><c>/v3/unsubscribes</c>: create an opt-out, read a number's status, list the opt-outs.</summary>
internal sealed class MtaUnsubscribeEndpoints
{
    // The provider lists no account limit here; its general limit applies, shared with groups and fields.
    private const string Bucket = RateLimitDefaults.MtaGeneral;
    private readonly MtaRequestPipeline _pipeline;
    private readonly MtaIdGenerator _ids;
    private readonly SimulatorClock _clock;

    public MtaUnsubscribeEndpoints(MtaRequestPipeline pipeline, MtaIdGenerator ids, SimulatorClock clock)
    {
        _pipeline = pipeline;
        _ids = ids;
        _clock = clock;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/unsubscribes", _pipeline.Handle(new MtaRoute(Bucket, "createUnsubscribe", true), CreateAsync));
        routes.MapGet("/v3/unsubscribes", _pipeline.Handle(new MtaRoute(Bucket, "listUnsubscribes", false, "page", "pageSize", "query"), ListAsync));
        routes.MapGet("/v3/unsubscribes/{number}", _pipeline.Handle(new MtaRoute(Bucket, "getUnsubscribeStatus", false), GetAsync));
    }

    private async Task CreateAsync(MtaCall call)
    {
        MtaBodyFields.RequireObject(call.Body, "number");
        var phone = MtaBodyFields.RequiredPhone(MtaBodyFields.OptionalText(call.Body, "number"), "number");
        lock (call.Account.Gate)
        {
            MtaUnsubscribeRules.Add(call.Account, _ids, phone, _clock.GetUtcNow());
        }

        using var response = MtaJsonResponse.Envelope("Number unsubscribed.");
        response.Writer.WriteNullValue();
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task GetAsync(MtaCall call)
    {
        var phone = MtaBodyFields.RequiredPhone(call.RouteValue("number"), "number");
        bool unsubscribed;
        lock (call.Account.Gate)
        {
            unsubscribed = call.Account.IsUnsubscribed(phone);
        }

        using var response = MtaJsonResponse.Envelope(unsubscribed ? "The number is unsubscribed." : "The number is not unsubscribed.");
        response.Writer.WriteStartObject();
        response.Writer.WriteBoolean("unsubscribed", unsubscribed);
        response.Writer.WriteEndObject();
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task ListAsync(MtaCall call)
    {
        var paging = MtaPaging.From(call.Context.Request.Query);
        var search = call.Context.Request.Query.TryGetValue("query", out var values) ? values.ToString().Trim().TrimStart('+') : string.Empty;
        var account = call.Account;
        using var response = MtaJsonResponse.Envelope("Unsubscribes retrieved successfully.");
        var writer = response.Writer;
        lock (account.Gate)
        {
            var entries = account.UnsubscribesByPhone.Values.ToList();
            entries.Sort((a, b) => a.Id.CompareTo(b.Id));
            writer.WriteStartObject();
            writer.WriteStartArray("rows");
            var total = 0;
            foreach (var entry in entries)
            {
                if (search.Length > 0 && !entry.PhoneDigits.ToString(System.Globalization.CultureInfo.InvariantCulture).Contains(search, StringComparison.Ordinal))
                {
                    continue;
                }

                if (total >= paging.Skip && total < paging.Skip + paging.PageSize)
                {
                    WriteRow(writer, account, entry);
                }

                total++;
            }

            writer.WriteEndArray();
            paging.WriteFooter(writer, total);
            writer.WriteEndObject();
        }

        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private static void WriteRow(System.Text.Json.Utf8JsonWriter writer, MtaAccount account, MtaUnsubscribe entry)
    {
        var subscriber = account.FindByPhone(entry.PhoneDigits);
        writer.WriteStartObject();
        writer.WriteNumber("id", entry.Id);
        writer.WriteString("name", subscriber is null ? string.Empty : (subscriber.FirstName + " " + subscriber.LastName).Trim());
        writer.WriteString("number", entry.E164);
        writer.WriteString("email", subscriber?.Email ?? string.Empty);
        writer.WriteString("date", MtaJsonWriter.Timestamp(entry.Date));
        writer.WriteEndObject();
    }
}
