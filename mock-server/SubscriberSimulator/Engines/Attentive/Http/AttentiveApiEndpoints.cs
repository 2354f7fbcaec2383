using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Domain;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Http;

/// <summary>The four operations of openapi/attentive.json under /attentive.</summary>
internal sealed class AttentiveApiEndpoints
{
    private readonly AttentivePipeline _pipeline;
    private readonly TransactionRunner _transactions;

    public AttentiveApiEndpoints(AttentivePipeline pipeline, TransactionRunner transactions)
    {
        _pipeline = pipeline;
        _transactions = transactions;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/subscriptions", context => _pipeline.RunAsync(context, AttentiveOperation.Subscribe, SubscribeAsync));
        routes.MapGet("/v1/subscriptions", context => _pipeline.RunAsync(context, AttentiveOperation.Eligibility, EligibilityAsync));
        routes.MapPost("/v1/subscriptions/unsubscribe", context => _pipeline.RunAsync(context, AttentiveOperation.Unsubscribe, UnsubscribeAsync));
        routes.MapGet("/v1/me", context => _pipeline.RunAsync(context, AttentiveOperation.Me, MeAsync));
    }

    private Task SubscribeAsync(HttpContext context, AttentiveCompany company, JsonElement? body)
    {
        var command = AttentiveRequestParser.ParseSubscribe(body);
        var results = _transactions.Run(company, command, SubscribeRules.Plan);
        return AttentiveJson.WriteAsync(context, StatusCodes.Status202Accepted, (command, results), AttentiveResponses.WriteSubscribe);
    }

    private Task UnsubscribeAsync(HttpContext context, AttentiveCompany company, JsonElement? body)
    {
        var command = AttentiveRequestParser.ParseUnsubscribe(body);
        var results = _transactions.Run(company, command, UnsubscribeRules.Plan);
        return AttentiveJson.WriteAsync(context, StatusCodes.Status202Accepted, (command, results), AttentiveResponses.WriteUnsubscribe);
    }

    private static Task EligibilityAsync(HttpContext context, AttentiveCompany company, JsonElement? body)
    {
        var query = context.Request.Query;
        var phone = query.TryGetValue("phone", out var phoneValues) ? phoneValues.ToString() : null;
        var email = query.TryGetValue("email", out var emailValues) ? emailValues.ToString() : null;
        if ((phone is null) == (email is null))
        {
            throw AttentiveRequestException.BadRequest("Send exactly one of the query parameters phone or email.");
        }

        var channel = phone is not null ? AttentiveChannel.Text : AttentiveChannel.Email;
        var key = ContactIdentifiers.RequireKey(channel, phone ?? email!, phone is not null ? "phone" : "email");
        List<AttentiveSubscriptionView>? views;
        lock (company.Gate)
        {
            views = EligibilityRules.Find(company, channel, key);
        }

        return views is null
            ? throw AttentiveRequestException.NotFound("No user with the given phone or email exists.")
            : AttentiveJson.WriteAsync(context, StatusCodes.Status200OK, views, AttentiveResponses.WriteEligibilities);
    }

    private static Task MeAsync(HttpContext context, AttentiveCompany company, JsonElement? body) =>
        AttentiveJson.WriteAsync(context, StatusCodes.Status200OK, company, AttentiveResponses.WriteMe);
}
