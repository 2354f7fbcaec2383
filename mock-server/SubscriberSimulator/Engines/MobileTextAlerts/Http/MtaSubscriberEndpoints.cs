using SubscriberSimulator.Core;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>Single-subscriber endpoints: create-or-update, get, update, delete and the paged list.</summary>
internal sealed class MtaSubscriberEndpoints
{
    private const string Bucket = RateLimitDefaults.MtaSubscribers;
    private readonly MtaRequestPipeline _pipeline;
    private readonly MtaSubscriberRules _rules;
    private readonly MtaUnitOfWork _unitOfWork;
    private readonly SimulatorClock _clock;

    public MtaSubscriberEndpoints(MtaRequestPipeline pipeline, MtaSubscriberRules rules, MtaUnitOfWork unitOfWork, SimulatorClock clock)
    {
        _pipeline = pipeline;
        _rules = rules;
        _unitOfWork = unitOfWork;
        _clock = clock;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/subscribers", _pipeline.Handle(new MtaRoute(Bucket, "upsertSubscriber", true), CreateAsync));
        routes.MapGet("/v3/subscribers", _pipeline.Handle(new MtaRoute(Bucket, "listSubscribers", false, "page", "pageSize", "query"), ListAsync));
        routes.MapGet("/v3/subscribers/{idOrNumberOrEmail}", _pipeline.Handle(new MtaRoute(Bucket, "getSubscriber", false), GetAsync));
        routes.MapPatch("/v3/subscribers/{idOrNumberOrEmail}", _pipeline.Handle(new MtaRoute(Bucket, "updateSubscriber", true), UpdateAsync));
        routes.MapDelete("/v3/subscribers/{idOrNumberOrEmail}", _pipeline.Handle(new MtaRoute(Bucket, "deleteSubscriber", false), DeleteAsync));
    }

    private async Task CreateAsync(MtaCall call)
    {
        var input = MtaSubscriberParser.Parse(call.Body, MtaRecordLocation.Body);
        var now = _clock.GetUtcNow().UtcTicks;
        using var response = _unitOfWork.Run(call.Account, tx =>
        {
            var result = _rules.Upsert(tx, input, createOnly: false, now);
            if (!result.Succeeded)
            {
                throw MtaRequestException.BadRequest(result.Error!);
            }

            return SubscriberResponse(tx.Account, result.Subscriber!, result.Created ? "Subscriber created successfully." : "Subscriber updated successfully.");
        });
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task GetAsync(MtaCall call)
    {
        var account = call.Account;
        using var response = Read(account, () => SubscriberResponse(account, MtaSubscriberLookup.Require(account, call.RouteValue("idOrNumberOrEmail")), "Subscriber retrieved successfully."));
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task UpdateAsync(MtaCall call)
    {
        var input = MtaSubscriberParser.Parse(call.Body, MtaRecordLocation.Body);
        var key = call.RouteValue("idOrNumberOrEmail");
        var now = _clock.GetUtcNow().UtcTicks;
        using var response = _unitOfWork.Run(call.Account, tx =>
        {
            var existing = MtaSubscriberLookup.Require(tx.Account, key);
            var result = _rules.Update(tx, existing, input, now);
            if (!result.Succeeded)
            {
                throw MtaRequestException.BadRequest(result.Error!);
            }

            return SubscriberResponse(tx.Account, result.Subscriber!, "Subscriber updated successfully.");
        });
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task DeleteAsync(MtaCall call)
    {
        var account = call.Account;
        lock (account.Gate)
        {
            // Deleting is not unsubscribing: an opted-out number stays on the unsubscribe list.
            account.Remove(MtaSubscriberLookup.Require(account, call.RouteValue("idOrNumberOrEmail")));
        }

        using var response = MtaJsonResponse.Envelope("Subscriber deleted successfully.");
        response.Writer.WriteNullValue();
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task ListAsync(MtaCall call)
    {
        var paging = MtaPaging.From(call.Context.Request.Query);
        var search = call.Context.Request.Query.TryGetValue("query", out var values) ? values.ToString().Trim() : string.Empty;
        var account = call.Account;
        using var response = Read(account, () =>
        {
            var page = MtaJsonResponse.Envelope("Subscribers retrieved successfully.");
            var writer = page.Writer;
            writer.WriteStartObject();
            writer.WriteStartArray("rows");
            var seen = 0;
            var end = paging.Skip + paging.PageSize;
            foreach (var subscriber in account.InCreationOrder())
            {
                if (search.Length > 0 && !MtaSubscriberSearch.Matches(subscriber, search))
                {
                    continue;
                }

                if (seen >= paging.Skip && seen < end)
                {
                    MtaJsonWriter.WriteSubscriber(writer, account, subscriber);
                }

                // Without a search the total is known, so a page of a large account stops early.
                if (++seen >= end && search.Length == 0)
                {
                    break;
                }
            }

            writer.WriteEndArray();
            paging.WriteFooter(writer, search.Length == 0 ? account.SubscriberCount : seen);
            writer.WriteEndObject();
            return page;
        });
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private static MtaJsonResponse SubscriberResponse(MtaAccount account, MtaSubscriber subscriber, string message)
    {
        var response = MtaJsonResponse.Envelope(message);
        MtaJsonWriter.WriteSubscriber(response.Writer, account, subscriber);
        return response;
    }

    private static MtaJsonResponse Read(MtaAccount account, Func<MtaJsonResponse> read)
    {
        lock (account.Gate)
        {
            return read();
        }
    }
}
