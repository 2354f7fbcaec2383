using System.Text.Json;

namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>Essential's v2 routes (relative to the engine's /essential prefix) and their handlers.</summary>
internal sealed class EssentialApiEndpoints(
    EssentialRequestPipeline pipeline,
    UpsertHandler upsert,
    SubscriberOperations subscribers,
    ChannelConfigOperations config)
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v2/account/channels/{channel_sid}/subscribers/upsert", context => pipeline.RunAsync(context, "upsertSubscriber", true, UpsertAsync));
        routes.MapPost("/v2/account/subscribers", context => pipeline.RunAsync(context, "createSubscriber", true, CreateAsync));
        routes.MapGet("/v2/account/subscribers", context => pipeline.RunAsync(context, "listSubscribers", false, ListAsync));
        routes.MapGet("/v2/account/subscribers/{subscriber_sid}", context => pipeline.RunAsync(context, "getSubscriber", false, GetAsync));
        routes.MapPut("/v2/account/subscribers/{subscriber_sid}", context => pipeline.RunAsync(context, "updateSubscriber", true, UpdateAsync));
        routes.MapDelete("/v2/account/subscribers/{subscriber_sid}", context => pipeline.RunAsync(context, "unsubscribeSubscriber", false, UnsubscribeAsync));
        routes.MapPost("/v2/account/tags", context => pipeline.RunAsync(context, "createTag", true, CreateTagAsync));
        routes.MapGet("/v2/account/channels/{channel_sid}/tags", context => pipeline.RunAsync(context, "listChannelTags", false, ListTagsAsync));
        routes.MapPost("/v2/channel/{channel_sid}/welcome_series/create_default", context => pipeline.RunAsync(context, "createWelcomeSeries", true, CreateWelcomeSeriesAsync));
        routes.MapPost("/v2/channel/{channel_sid}/welcome_series/{series_sid}/items", context => pipeline.RunAsync(context, "addWelcomeSeriesItem", true, AddWelcomeSeriesItemAsync));
        routes.MapPost(
            "/v2/account/channels/{channel_sid}/subscribers/{phone_number}/automation_workflow_executions/start",
            context => pipeline.RunAsync(context, "startWorkflowExecution", true, StartWorkflowAsync));
    }

    private Task UpsertAsync(HttpContext context, EssentialAccount account, JsonElement? body)
    {
        var outcome = upsert.Upsert(account, EssentialHttp.Route(context, "channel_sid"), UpsertCommand.FromJson(body!.Value));
        return WriteSubscriberAsync(context, outcome.Created ? 201 : 200, account, outcome.Subscriber);
    }

    private Task CreateAsync(HttpContext context, EssentialAccount account, JsonElement? body) =>
        WriteSubscriberAsync(context, 201, account, subscribers.Create(account, CreateSubscriberCommand.FromJson(body!.Value)));

    private Task GetAsync(HttpContext context, EssentialAccount account, JsonElement? body) =>
        WriteSubscriberAsync(context, 200, account, subscribers.Get(account, EssentialHttp.Route(context, "subscriber_sid")));

    private Task UpdateAsync(HttpContext context, EssentialAccount account, JsonElement? body) =>
        WriteSubscriberAsync(
            context, 200, account, subscribers.Update(account, EssentialHttp.Route(context, "subscriber_sid"), UpdateSubscriberCommand.FromJson(body!.Value)));

    private Task UnsubscribeAsync(HttpContext context, EssentialAccount account, JsonElement? body) =>
        WriteSubscriberAsync(context, 200, account, subscribers.Unsubscribe(account, EssentialHttp.Route(context, "subscriber_sid")));

    private Task ListAsync(HttpContext context, EssentialAccount account, JsonElement? body)
    {
        var page = EssentialHttp.QueryInt32(context, "page") ?? 1;
        var perPage = EssentialHttp.QueryInt32(context, "per_page") ?? DefaultPageSize;
        if (page < 1)
        {
            throw EssentialRequestException.BadRequest("page must be 1 or more.");
        }

        if (perPage is < 1 or > MaxPageSize)
        {
            throw EssentialRequestException.BadRequest($"per_page must be between 1 and {MaxPageSize}.");
        }

        var channelSid = EssentialHttp.QueryString(context, "channel_sid");
        var items = subscribers.ListPage(account, channelSid, page, perPage, out var hasMore);
        if (hasMore)
        {
            context.Response.Headers.Link = $"<{NextPageUrl(context.Request, channelSid, page + 1, perPage)}>; rel=\"next\"";
        }

        return EssentialHttp.WriteJsonAsync(context, 200, (account.Sid, items), static (writer, state) =>
        {
            writer.WriteStartArray();
            foreach (var subscriber in state.items)
            {
                EssentialJson.WriteSubscriber(writer, state.Sid, subscriber);
            }

            writer.WriteEndArray();
        });
    }

    private Task CreateTagAsync(HttpContext context, EssentialAccount account, JsonElement? body)
    {
        var tag = config.CreateTag(account, CreateTagCommand.FromJson(body!.Value));
        return EssentialHttp.WriteJsonAsync(context, 201, (account.Sid, tag), static (writer, state) => EssentialJson.WriteTag(writer, state.Sid, state.tag));
    }

    private Task ListTagsAsync(HttpContext context, EssentialAccount account, JsonElement? body)
    {
        var tags = config.ListTags(account, EssentialHttp.Route(context, "channel_sid"), EssentialHttp.QueryBoolean(context, "include_deleted"));
        return EssentialHttp.WriteJsonAsync(context, 200, (account.Sid, tags), static (writer, state) =>
        {
            writer.WriteStartArray();
            foreach (var tag in state.tags)
            {
                EssentialJson.WriteTag(writer, state.Sid, tag);
            }

            writer.WriteEndArray();
        });
    }

    private Task CreateWelcomeSeriesAsync(HttpContext context, EssentialAccount account, JsonElement? body)
    {
        var position = EssentialHttp.QueryInt32(context, "position");
        if (position < 0)
        {
            throw EssentialRequestException.BadRequest("position must be 0 or more.");
        }

        var command = CreateWelcomeSeriesCommand.FromJson(body!.Value);
        var series = config.CreateWelcomeSeries(account, EssentialHttp.Route(context, "channel_sid"), command.Name, position);
        return EssentialHttp.WriteJsonAsync(context, 201, series, static (writer, state) => EssentialJson.WriteWelcomeSeries(writer, state));
    }

    private Task AddWelcomeSeriesItemAsync(HttpContext context, EssentialAccount account, JsonElement? body)
    {
        var command = CreateWelcomeSeriesItemCommand.FromJson(body!.Value);
        var channelSid = EssentialHttp.Route(context, "channel_sid");
        var item = config.AddWelcomeSeriesItem(account, channelSid, EssentialHttp.Route(context, "series_sid"), command);
        return EssentialHttp.WriteJsonAsync(
            context, 201, (account.Sid, Channel: SidGenerator.StripPrefix(channelSid), item), static (writer, state) =>
                EssentialJson.WriteWelcomeSeriesItem(writer, state.Sid, state.Channel, state.item));
    }

    private Task StartWorkflowAsync(HttpContext context, EssentialAccount account, JsonElement? body)
    {
        var command = StartWorkflowCommand.FromJson(body!.Value);
        var execution = subscribers.StartWorkflow(
            account, EssentialHttp.Route(context, "channel_sid"), EssentialHttp.Route(context, "phone_number"), command);
        return EssentialHttp.WriteJsonAsync(context, 200, execution, static (writer, state) => EssentialJson.WriteExecution(writer, state));
    }

    private static Task WriteSubscriberAsync(HttpContext context, int status, EssentialAccount account, EssentialSubscriber subscriber) =>
        EssentialHttp.WriteJsonAsync(context, status, (account.Sid, subscriber), static (writer, state) =>
            EssentialJson.WriteSubscriber(writer, state.Sid, state.subscriber));

    private static string NextPageUrl(HttpRequest request, string? channelSid, int page, int perPage)
    {
        var query = QueryString.Create("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("per_page", perPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (channelSid is not null)
        {
            query = query.Add("channel_sid", channelSid);
        }

        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{query}";
    }
}
