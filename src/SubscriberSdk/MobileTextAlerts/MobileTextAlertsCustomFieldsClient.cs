using SubscriberSdk.Internal.Paging;
using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated;
using SubscriberSdk.MobileTextAlerts.Generated.Models;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Mobile Text Alerts custom fields. Reach it through <see cref="MobileTextAlertsClient.CustomFields"/>.</summary>
public class MobileTextAlertsCustomFieldsClient : SubscriberResourceClient
{
    private readonly MobileTextAlertsApiClient _api;

    internal MobileTextAlertsCustomFieldsClient(ClientCore core, MobileTextAlertsApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsCustomFieldsClient()
    {
        _api = null!;
    }

    /// <summary>Creates a custom field; its id is the key for <see cref="MobileTextAlertsSubscriberRequest.CustomFields"/>.</summary>
    public virtual Task<SubscriberResponse<MobileTextAlertsCustomField>> CreateAsync(string name, MobileTextAlertsCustomFieldType type, CancellationToken cancellationToken = default)
    {
        var body = new CreateCustomFieldRequest { Name = Guard.Required(name, nameof(name), "The custom field name"), Type = EnumMapping.Convert<MobileTextAlertsCustomFieldType, CustomFieldType>(type) };
        var call = Core.Call(MobileTextAlertsOperations.CreateCustomField);
        return call.RunAsync(() => _api.V3.CustomFields.PostAsync(body, call.Configure, cancellationToken), static r => MobileTextAlertsModelMapper.ToCustomField(ResponseValue.Required(r.Data)));
    }

    /// <summary>Lists the account's custom fields.</summary>
    public virtual SubscriberPageable<MobileTextAlertsCustomField> ListAsync(CancellationToken cancellationToken = default) =>
        Pages.Single(
            stop =>
            {
                var call = Core.Call(MobileTextAlertsOperations.ListCustomFields);
                return call.RunAsync(() => _api.V3.CustomFields.GetAsync(call.Configure, stop), static r => (IReadOnlyList<MobileTextAlertsCustomField>)(r.Data ?? []).Select(MobileTextAlertsModelMapper.ToCustomField).ToList());
            },
            cancellationToken);

    /// <summary>Gets one custom field of the account by its id.</summary>
    /// <param name="customFieldId">The custom field's id (1 or more), as returned by <see cref="CreateAsync"/> or <see cref="ListAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="InvalidSubscriberArgumentException"><paramref name="customFieldId"/> is below 1; nothing is sent.</exception>
    /// <exception cref="ResourceNotFoundException">The account has no custom field with that id.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsCustomField>> GetAsync(long customFieldId, CancellationToken cancellationToken = default)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(customFieldId, nameof(customFieldId), "custom field");
        var call = Core.Call(MobileTextAlertsOperations.GetCustomField);
        return call.RunAsync(() => _api.V3.CustomFields[id].GetAsync(call.Configure, cancellationToken), static r => MobileTextAlertsModelMapper.ToCustomField(ResponseValue.Required(r.Data)));
    }

    /// <summary>Deletes a custom field; its values are removed from every subscriber and its id is unknown from then on.</summary>
    /// <param name="customFieldId">The custom field's id (1 or more).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The provider's confirmation message, with <see cref="OperationOutcome.Removed"/>.</returns>
    /// <exception cref="InvalidSubscriberArgumentException"><paramref name="customFieldId"/> is below 1; nothing is sent.</exception>
    /// <exception cref="ResourceNotFoundException">The account has no custom field with that id (also on a second delete).</exception>
    public virtual Task<SubscriberWriteResponse<string>> DeleteAsync(long customFieldId, CancellationToken cancellationToken = default)
    {
        var id = MobileTextAlertsRequestMapper.PositiveId(customFieldId, nameof(customFieldId), "custom field");
        var call = Core.Call(MobileTextAlertsOperations.DeleteCustomField);
        return call.WriteAsync(
            () => _api.V3.CustomFields[id].DeleteAsync(call.Configure, cancellationToken), static r => r.Message ?? string.Empty, static (_, _) => OperationOutcome.Removed);
    }
}
