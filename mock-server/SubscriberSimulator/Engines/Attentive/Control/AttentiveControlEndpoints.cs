using System.Text.Json;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Engines.Attentive.Domain;
using SubscriberSimulator.Engines.Attentive.Http;

namespace SubscriberSimulator.Engines.Attentive.Control;

/// <summary>
/// /__sim/attentive: create companies with tokens and sign-up units, inspect a contact, and act as
/// the subscriber ("Y" and STOP replies). Routes exist under both /companies and /tenants.
/// Errors use Attentive's error body.
/// </summary>
internal sealed class AttentiveControlEndpoints
{
    private readonly AttentiveEngine _engine;
    private readonly CompanyRegistry _registry;
    private readonly RequestBodyReader _bodyReader;

    public AttentiveControlEndpoints(AttentiveEngine engine, CompanyRegistry registry, RequestBodyReader bodyReader)
    {
        _engine = engine;
        _registry = registry;
        _bodyReader = bodyReader;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        foreach (var collection in new[] { "/companies", "/tenants" })
        {
            var company = collection + "/{companyId}";
            routes.MapPost(collection, context => RunAsync(context, true, CreateCompanyAsync));
            routes.MapGet(company, context => RunAsync(context, false, DescribeCompanyAsync));
            routes.MapPost(company + "/tokens", context => RunAsync(context, true, AddTokenAsync));
            routes.MapPost(company + "/sign-up-units", context => RunAsync(context, true, AddSignUpUnitAsync));
            routes.MapGet(company + "/subscriptions", context => RunAsync(context, false, InspectAsync));
            routes.MapPost(company + "/reply-y", context => RunAsync(context, true, (c, body) => ReplyAsync(c, body, _engine.ReplyY)));
            routes.MapPost(company + "/stop-reply", context => RunAsync(context, true, (c, body) => ReplyAsync(c, body, _engine.ReplyStop)));
            routes.MapPost(company + "/fail-next-send", context => RunAsync(context, false, FailNextSendAsync));
        }
    }

    private async Task RunAsync(HttpContext context, bool readsBody, Func<HttpContext, JsonElement?, Task> handler)
    {
        try
        {
            JsonElement? body = null;
            if (readsBody)
            {
                var read = await _bodyReader.ReadJsonAsync(context, _engine, allowEmpty: false, context.RequestAborted).ConfigureAwait(false);
                if (!read.IsValid)
                {
                    return;
                }

                body = read.Body;
            }

            await handler(context, body).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted && StatusOf(exception) is { } status)
        {
            await AttentiveJson.WriteErrorAsync(context, status, exception.Message).ConfigureAwait(false);
        }
    }

    private static int? StatusOf(Exception exception) => exception switch
    {
        AttentiveRequestException refused => refused.Status,
        ArgumentException => StatusCodes.Status400BadRequest,
        InvalidOperationException { InnerException: AttentiveRequestException inner } => inner.Status,
        _ => null,
    };

    private Task CreateCompanyAsync(HttpContext context, JsonElement? body)
    {
        var root = JsonFields.RequireObject(body);
        var definition = ControlJson.ParseCompany(root);
        var units = new List<AttentiveSignUpUnit>();
        if (JsonFields.Array(root, "signUpUnits", "signUpUnits") is { } unitArray)
        {
            var index = 0;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in unitArray.EnumerateArray())
            {
                var unit = ControlJson.ParseSignUpUnit(item, $"signUpUnits[{index++}]");
                if (!ids.Add(unit.Id))
                {
                    throw AttentiveRequestException.Conflict($"Two sign-up units share the id '{unit.Id}'.");
                }

                units.Add(unit);
            }
        }

        var tokens = new List<(string? Token, IReadOnlyList<string>? Scopes)>();
        if (JsonFields.Array(root, "tokens", "tokens") is { } tokenArray)
        {
            var index = 0;
            foreach (var item in tokenArray.EnumerateArray())
            {
                var token = ControlJson.ParseToken(item, $"tokens[{index++}]");
                if (token.Token is { } value && (_registry.TryGetGrant(value, out _) || tokens.Exists(t => t.Token == value)))
                {
                    throw AttentiveRequestException.Conflict("That token is already in use.");
                }

                tokens.Add(token);
            }
        }

        if (tokens.Count == 0)
        {
            tokens.Add((null, null));
        }

        // Everything is checked above, so creating the company and its parts cannot half-fail.
        var company = _registry.Create(definition);
        SignUpUnitRules.AddAll(company, units);
        var grants = new List<TokenGrant>(tokens.Count);
        foreach (var (token, scopes) in tokens)
        {
            grants.Add(_registry.AddToken(company.Id, token, scopes));
        }

        return AttentiveJson.WriteAsync(context, StatusCodes.Status201Created, (company, grants), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("companyId", state.company.Id);
            writer.WriteStartArray("tokens");
            foreach (var grant in state.grants)
            {
                ControlJson.WriteToken(writer, grant, includeSecret: true);
            }

            writer.WriteEndArray();
            WriteUnits(writer, state.company);
            writer.WriteEndObject();
        });
    }

    private Task DescribeCompanyAsync(HttpContext context, JsonElement? body)
    {
        var company = Company(context);
        var grants = TokenGrant.InCreationOrder(_registry.Tokens.Where(grant => grant.CompanyId == company.Id)).ToList();
        lock (company.Gate)
        {
            return AttentiveJson.WriteAsync(context, StatusCodes.Status200OK, (company, grants), static (writer, state) =>
            {
                writer.WriteStartObject();
                writer.WriteString("companyId", state.company.Id);
                writer.WriteString("companyName", state.company.Name);
                writer.WriteString("attentiveDomainName", state.company.DomainName);
                writer.WriteString("applicationName", state.company.ApplicationName);
                writer.WriteString("contactEmail", state.company.ContactEmail);
                writer.WriteStartArray("tokens");
                foreach (var grant in state.grants)
                {
                    ControlJson.WriteToken(writer, grant, includeSecret: false);
                }

                writer.WriteEndArray();
                WriteUnits(writer, state.company);
                writer.WriteNumber("phones", state.company.Phones.Count);
                writer.WriteNumber("emails", state.company.Emails.Count);
                writer.WriteEndObject();
            });
        }
    }

    private Task AddTokenAsync(HttpContext context, JsonElement? body)
    {
        var company = Company(context);
        var (token, scopes) = ControlJson.ParseToken(JsonFields.RequireObject(body), "body");
        var grant = _registry.AddToken(company.Id, token, scopes);
        return AttentiveJson.WriteAsync(context, StatusCodes.Status201Created, grant, static (writer, g) => ControlJson.WriteToken(writer, g, includeSecret: true));
    }

    private Task AddSignUpUnitAsync(HttpContext context, JsonElement? body)
    {
        var company = Company(context);
        var unit = ControlJson.ParseSignUpUnit(JsonFields.RequireObject(body), "body");
        SignUpUnitRules.AddAll(company, [unit]);
        return AttentiveJson.WriteAsync(context, StatusCodes.Status201Created, unit, ControlJson.WriteSignUpUnit);
    }

    private Task InspectAsync(HttpContext context, JsonElement? body)
    {
        var company = Company(context);
        var query = context.Request.Query;
        var phone = query.TryGetValue("phone", out var phoneValues) ? phoneValues.ToString() : null;
        var email = query.TryGetValue("email", out var emailValues) ? emailValues.ToString() : null;
        if ((phone is null) == (email is null))
        {
            throw AttentiveRequestException.BadRequest("Send exactly one of the query parameters phone or email.");
        }

        var channel = phone is not null ? AttentiveChannel.Text : AttentiveChannel.Email;
        var identifier = phone ?? email!;
        var views = _engine.GetSubscriptions(company.Id, channel, identifier);
        var external = _engine.GetExternalIdentifiers(company.Id, channel, identifier);
        return AttentiveJson.WriteAsync(context, StatusCodes.Status200OK, (views, external), static (writer, state) =>
        {
            writer.WriteStartObject();
            ControlJson.WriteSubscriptions(writer, state.views);
            if (state.external is not null)
            {
                AttentiveResponses.WriteExternalIdentifiers(writer, state.external);
            }

            writer.WriteEndObject();
        });
    }

    private Task ReplyAsync(HttpContext context, JsonElement? body, Action<string, string> reply)
    {
        var company = Company(context);
        var phone = JsonFields.String(JsonFields.RequireObject(body), "phone", "phone")
            ?? throw AttentiveRequestException.BadRequest("phone is required.");
        reply(company.Id, phone);
        var views = _engine.GetSubscriptions(company.Id, AttentiveChannel.Text, phone);
        return AttentiveJson.WriteAsync(context, StatusCodes.Status200OK, views, static (writer, state) =>
        {
            writer.WriteStartObject();
            ControlJson.WriteSubscriptions(writer, state);
            writer.WriteEndObject();
        });
    }

    private Task FailNextSendAsync(HttpContext context, JsonElement? body)
    {
        var company = Company(context);
        _engine.FailNextSend(company.Id);
        return AttentiveJson.WriteAsync(context, StatusCodes.Status200OK, company.Id, static (writer, id) =>
        {
            writer.WriteStartObject();
            writer.WriteString("companyId", id);
            writer.WriteBoolean("failNextSend", true);
            writer.WriteEndObject();
        });
    }

    private AttentiveCompany Company(HttpContext context) =>
        _registry.Get(context.Request.RouteValues["companyId"] as string ?? string.Empty);

    private static void WriteUnits(Utf8JsonWriter writer, AttentiveCompany company)
    {
        writer.WriteStartArray("signUpUnits");
        foreach (var unit in company.SignUpUnits.Values)
        {
            ControlJson.WriteSignUpUnit(writer, unit);
        }

        writer.WriteEndArray();
    }
}
