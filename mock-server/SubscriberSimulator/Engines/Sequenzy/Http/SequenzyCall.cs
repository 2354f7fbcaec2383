using System.Text.Json;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Http;

/// <summary>One authenticated request inside the workspace lock.</summary>
internal sealed class SequenzyCall
{
    private readonly SpecValidator _validator;

    public SequenzyCall(HttpContext context, SequenzyWorkspace workspace, SequenzyApiKey key, JsonElement? body, ReadOnlyMemory<byte> rawBody, SpecValidator validator)
    {
        Context = context;
        Workspace = workspace;
        Key = key;
        Body = body;
        RawBody = rawBody;
        _validator = validator;
    }

    public HttpContext Context { get; }

    public SequenzyWorkspace Workspace { get; }

    /// <summary>The API key the request authenticated with.</summary>
    public SequenzyApiKey Key { get; }

    public JsonElement? Body { get; }

    public ReadOnlyMemory<byte> RawBody { get; }

    public IQueryCollection Query => Context.Request.Query;

    /// <summary>The body as a strict object with the allowed field names.</summary>
    public RequestObject Object(params string[] allowed) =>
        new(Body ?? throw SequenzyRequestException.BadRequest("A JSON request body is required"), string.Empty, allowed);

    /// <summary>Checks the body and query against the operation in openapi/sequenzy.json; a violation is a 400.</summary>
    public void Validate(string operationId)
    {
        var violations = _validator.Validate(SequenzyEngine.EngineId, operationId, Body, Query);
        if (violations.Count > 0)
        {
            throw SequenzyRequestException.BadRequest(SpecMessages.Describe(violations));
        }
    }

    /// <summary>403 unless the key carries every given scope.</summary>
    public void Require(params string[] scopes)
    {
        foreach (var scope in scopes)
        {
            if (!Key.Has(scope))
            {
                throw new SequenzyRequestException(StatusCodes.Status403Forbidden, $"API key is missing the {scope} scope");
            }
        }
    }

    /// <summary>An explicit <c>enrollInSequences: true</c> needs <c>automations:trigger</c>.</summary>
    public void RequireForEnrollment(bool? enrollInSequences)
    {
        if (enrollInSequences == true)
        {
            Require(SequenzyScopes.AutomationsTrigger);
        }
    }

    /// <summary>A transaction that may send double opt-in emails only when the key may trigger automations.</summary>
    public WorkspaceTransaction Begin(SequenzyRuntime runtime)
    {
        var tx = runtime.Begin(Workspace);
        tx.MaySendConfirmations = Key.Has(SequenzyScopes.AutomationsTrigger);
        return tx;
    }

    public string? RouteValue(string name) => Context.Request.RouteValues[name] as string;
}
