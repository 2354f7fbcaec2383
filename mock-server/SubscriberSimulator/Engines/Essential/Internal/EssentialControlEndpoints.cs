using System.Text.Json;

namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// The /__sim/essential controls: seed and inspect accounts and their configuration, consent
/// actions (STOP reply) and the fail-next-send switch. Errors use Essential's error body.
/// </summary>
internal sealed class EssentialControlEndpoints(
    EssentialEngine engine,
    TimeProvider clock,
    EssentialStore store,
    ChannelConfigOperations config,
    SubscriberOperations subscribers,
    Core.Http.RequestBodyReader bodyReader)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/accounts", context => RunAsync(context, CreateAccountAsync));
        routes.MapGet("/accounts", context => RunAsync(context, ListAccountsAsync));
        routes.MapGet("/accounts/{account_sid}", context => RunAsync(context, DescribeAccountAsync));
        routes.MapPost("/accounts/{account_sid}/channels", context => RunAsync(context, AddChannelAsync));
        routes.MapPost("/accounts/{account_sid}/channels/{channel_sid}/tags", context => RunAsync(context, AddTagAsync));
        routes.MapPost("/accounts/{account_sid}/channels/{channel_sid}/welcome-series", context => RunAsync(context, AddWelcomeSeriesAsync));
        routes.MapPatch("/accounts/{account_sid}/channels/{channel_sid}/welcome-series/{series_sid}", context => RunAsync(context, ConfigureWelcomeSeriesAsync));
        routes.MapPost("/accounts/{account_sid}/channels/{channel_sid}/stop-reply", context => RunAsync(context, StopReplyAsync));
        routes.MapPost("/accounts/{account_sid}/workflows", context => RunAsync(context, AddWorkflowAsync));
        routes.MapGet("/accounts/{account_sid}/workflow-executions", context => RunAsync(context, ListExecutionsAsync));
        routes.MapPost("/accounts/{account_sid}/carrier-lookups", context => RunAsync(context, SeedCarrierAsync));
        routes.MapGet("/accounts/{account_sid}/subscribers", context => RunAsync(context, ListSubscribersAsync));
        routes.MapPost("/accounts/{account_sid}/fail-next-send", context => RunAsync(context, FailNextSendAsync));
    }

    private async Task RunAsync(HttpContext context, Func<HttpContext, JsonElement?, Task> handler)
    {
        JsonElement? body = null;
        if (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPatch(context.Request.Method))
        {
            var read = await bodyReader.ReadJsonAsync(context, engine, allowEmpty: true, context.RequestAborted).ConfigureAwait(false);
            if (!read.IsValid)
            {
                return;
            }

            body = read.Body;
        }

        try
        {
            await handler(context, body).ConfigureAwait(false);
        }
        catch (EssentialRequestException refusal) when (!context.Response.HasStarted)
        {
            await EssentialHttp.WriteErrorAsync(context, refusal.Status, refusal.Message).ConfigureAwait(false);
        }
    }

    private Task CreateAccountAsync(HttpContext context, JsonElement? body)
    {
        var request = ControlRequests.Account(body);
        var account = store.CreateAccount(request.Sid, request.Token, clock.GetUtcNow().UtcDateTime);
        var credentials = new EssentialAccountCredentials(account.Sid, account.Token);
        var channelSids = new List<(string Sid, string Name)>();
        try
        {
            foreach (var channel in request.Channels)
            {
                channelSids.Add((config.AddChannel(account, channel.Sid, channel.Name, channel.WelcomeMessage).Sid, channel.Name));
            }
        }
        catch (EssentialRequestException)
        {
            // All or nothing: an account whose channels could not all be made is not left behind.
            store.Remove(account.Sid);
            throw;
        }

        return EssentialHttp.WriteJsonAsync(context, 201, (credentials, channelSids), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("account_sid", state.credentials.AccountSid);
            writer.WriteString("auth_token", state.credentials.AuthToken);
            writer.WriteStartArray("channels");
            foreach (var (sid, name) in state.channelSids)
            {
                writer.WriteStartObject();
                writer.WriteString("sid", sid);
                writer.WriteString("name", name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private Task ListAccountsAsync(HttpContext context, JsonElement? body)
    {
        var accounts = store.Accounts.ToList();
        return EssentialHttp.WriteJsonAsync(context, 200, accounts, static (writer, state) =>
        {
            writer.WriteStartArray();
            foreach (var account in state)
            {
                EssentialAccountDescription.WriteSummary(writer, account);
            }

            writer.WriteEndArray();
        });
    }

    private Task DescribeAccountAsync(HttpContext context, JsonElement? body) =>
        EssentialHttp.WriteJsonAsync(context, 200, Account(context), static (writer, account) => EssentialAccountDescription.Write(writer, account));

    private Task AddChannelAsync(HttpContext context, JsonElement? body)
    {
        var definition = ControlRequests.Channel(body);
        var channel = config.AddChannel(Account(context), definition.Sid, definition.Name, definition.WelcomeMessage);
        return EssentialHttp.WriteJsonAsync(context, 201, channel, static (writer, state) => EssentialAccountDescription.WriteChannelHeader(writer, state, closeObject: true));
    }

    private Task AddTagAsync(HttpContext context, JsonElement? body)
    {
        var (sid, name) = ControlRequests.Tag(body);
        var account = Account(context);
        var tag = config.CreateTag(account, new CreateTagCommand { ChannelSid = EssentialHttp.Route(context, "channel_sid"), Name = name }, sid);
        return EssentialHttp.WriteJsonAsync(context, 201, (account.Sid, tag), static (writer, state) => EssentialJson.WriteTag(writer, state.Sid, state.tag));
    }

    private Task AddWelcomeSeriesAsync(HttpContext context, JsonElement? body)
    {
        var series = config.AddWelcomeSeries(Account(context), EssentialHttp.Route(context, "channel_sid"), ControlRequests.WelcomeSeries(body));
        return EssentialHttp.WriteJsonAsync(context, 201, series, static (writer, state) => EssentialJson.WriteWelcomeSeries(writer, state));
    }

    private Task ConfigureWelcomeSeriesAsync(HttpContext context, JsonElement? body)
    {
        var (enabled, tags) = ControlRequests.WelcomeSeriesChange(body);
        var series = config.ConfigureWelcomeSeries(
            Account(context), EssentialHttp.Route(context, "channel_sid"), EssentialHttp.Route(context, "series_sid"), enabled, tags);
        return EssentialHttp.WriteJsonAsync(context, 200, series, static (writer, state) => EssentialJson.WriteWelcomeSeries(writer, state));
    }

    private Task StopReplyAsync(HttpContext context, JsonElement? body)
    {
        var account = Account(context);
        var subscriber = subscribers.StopReply(account, EssentialHttp.Route(context, "channel_sid"), ControlRequests.PhoneNumber(body));
        return EssentialHttp.WriteJsonAsync(context, 200, (account.Sid, subscriber), static (writer, state) =>
            EssentialJson.WriteSubscriber(writer, state.Sid, state.subscriber));
    }

    private Task AddWorkflowAsync(HttpContext context, JsonElement? body)
    {
        var workflow = config.AddWorkflow(Account(context), ControlRequests.Workflow(body));
        return EssentialHttp.WriteJsonAsync(context, 201, workflow, static (writer, state) => EssentialAccountDescription.WriteWorkflow(writer, state));
    }

    private Task ListExecutionsAsync(HttpContext context, JsonElement? body)
    {
        var executions = EssentialNodes.Executions(Account(context));
        return WriteNodesAsync(context, executions);
    }

    private Task SeedCarrierAsync(HttpContext context, JsonElement? body)
    {
        var (phone, kind, carrier) = ControlRequests.CarrierLookup(body);
        config.SeedCarrier(Account(context), phone, kind, carrier);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private Task ListSubscribersAsync(HttpContext context, JsonElement? body) =>
        WriteNodesAsync(context, EssentialNodes.Subscribers(Account(context), EssentialHttp.QueryString(context, "channel_sid")));

    private Task FailNextSendAsync(HttpContext context, JsonElement? body)
    {
        config.FailNextSend(Account(context));
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private EssentialAccount Account(HttpContext context) => store.Get(EssentialHttp.Route(context, "account_sid"));

    private static Task WriteNodesAsync(HttpContext context, List<System.Text.Json.Nodes.JsonObject> nodes) =>
        EssentialHttp.WriteJsonAsync(context, 200, nodes, static (writer, state) =>
        {
            writer.WriteStartArray();
            foreach (var node in state)
            {
                node.WriteTo(writer);
            }

            writer.WriteEndArray();
        });
}
