using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Essential.Internal;

/// <summary>Validates facade requests and builds the generated request models.</summary>
internal static class EssentialRequestMapper
{
    public const int MaxTagSids = 1000;

    public static UpsertSubscriberRequest ToUpsert(EssentialUpsertRequest request)
    {
        Guard.NotNull(request, nameof(request));
        var body = new UpsertSubscriberRequest
        {
            PhoneNumber = Phone(Guard.Required(request.PhoneNumber, $"{nameof(request)}.{nameof(request.PhoneNumber)}", "PhoneNumber (the subscriber's key on the channel)"), $"{nameof(request)}.{nameof(request.PhoneNumber)}"),
            EmailAddress = Guard.Email(request.EmailAddress, $"{nameof(request)}.{nameof(request.EmailAddress)}"),
            ExternalUserId = request.ExternalUserId,
            Reset = request.Reset ? true : null,
            Status = EnumMapping.Convert<EssentialSubscriberStatus, SubscriberStatus>(request.Status),
        };
        if (request.Properties is not null)
        {
            body.Properties = new UpsertSubscriberRequest_properties { AdditionalData = request.Properties.ToDictionary(p => p.Key, p => (object)p.Value) };
        }

        if (request.TagSids is not null)
        {
            // An empty list is meaningful (it clears the tags), so only the upper bound is checked.
            body.TagSids = request.TagSids.Count == 0 ? [] : [.. Guard.Records(request.TagSids, $"{nameof(request)}.{nameof(request.TagSids)}", MaxTagSids)];
        }

        ApplyWelcome(body, request.Welcome);
        return body;
    }

    public static UpdateSubscriberRequest ToUpdate(EssentialSubscriberUpdate update)
    {
        Guard.NotNull(update, nameof(update));
        Guard.AtLeastOne("The update changes nothing: set at least one field.", nameof(update),
            update.PhoneNumber is not null, update.EmailAddress is not null, update.ExternalUserId is not null, update.Inboxed is not null, update.Status is not null);
        return new UpdateSubscriberRequest
        {
            PhoneNumber = Phone(update.PhoneNumber, $"{nameof(update)}.{nameof(update.PhoneNumber)}"),
            EmailAddress = Guard.Email(update.EmailAddress, $"{nameof(update)}.{nameof(update.EmailAddress)}"),
            ExternalUserId = update.ExternalUserId,
            Inboxed = update.Inboxed,
            Status = EnumMapping.Convert<EssentialSubscriberStatus, SubscriberStatus>(update.Status),
        };
    }

    /// <summary>The 10-digit form Essential uses in paths.</summary>
    public static string PathPhone(string phoneNumber, string paramName) =>
        Phone(Guard.Required(phoneNumber, paramName, paramName), paramName)![2..];

    /// <summary>The number as +1 and 10 digits; Essential's US forms carry their country, so no region is needed to read them.</summary>
    public static string? Phone(string? value, string paramName) =>
        PhoneArgument.E164(value, ProviderPhones.Essential, PhoneRegions.Default, paramName);

    private static void ApplyWelcome(UpsertSubscriberRequest body, EssentialWelcome? welcome)
    {
        switch (welcome?.Kind)
        {
            case null:
                return;
            case EssentialWelcomeKind.Message:
                body.WelcomeMessageBody = Guard.Required(welcome.MessageBody, "request.Welcome.MessageBody", "The welcome message text");
                return;
            case EssentialWelcomeKind.Series:
                body.SendWelcomeSeries = true;
                return;
            case EssentialWelcomeKind.Workflow:
                body.WorkflowSidToStart = Guard.Required(welcome.WorkflowSid, "request.Welcome.WorkflowSid", "The workflow SID");
                if (welcome.WorkflowArguments is not null)
                {
                    body.WorkflowKwargs = new UpsertSubscriberRequest_workflow_kwargs { AdditionalData = KiotaValues.FromCaller(welcome.WorkflowArguments) };
                }

                return;
        }
    }
}
