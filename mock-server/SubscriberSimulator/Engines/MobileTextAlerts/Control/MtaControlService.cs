using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Http;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>
/// What the simulator controls can do to an account; used by <c>/__sim/mta</c> and by the engine's
/// C# API alike. Controls bypass authentication and rate limits and send nothing, except the STOP
/// reply, which is a consent action and sends the opt-out confirmation.
/// </summary>
internal sealed class MtaControlService
{
    public const string StopConfirmationText = "You are unsubscribed and will receive no further messages.";

    private readonly MtaAccountRegistry _accounts;
    private readonly MtaIdGenerator _ids;
    private readonly MtaSubscriberRules _rules;
    private readonly MtaUnitOfWork _unitOfWork;
    private readonly SimulatorClock _clock;
    private long _generatedAccounts;

    public MtaControlService(MtaAccountRegistry accounts, MtaIdGenerator ids, MtaSubscriberRules rules, MtaUnitOfWork unitOfWork, SimulatorClock clock)
    {
        _accounts = accounts;
        _ids = ids;
        _rules = rules;
        _unitOfWork = unitOfWork;
        _clock = clock;
    }

    public MtaAccountInfo CreateAccount(string? tenantId, string? apiKey)
    {
        var number = Interlocked.Increment(ref _generatedAccounts).ToString(CultureInfo.InvariantCulture);
        tenantId = string.IsNullOrWhiteSpace(tenantId) ? "mta-account-" + number : tenantId.Trim();
        apiKey = string.IsNullOrWhiteSpace(apiKey) ? "mta_key_" + Guid.NewGuid().ToString("N") : apiKey.Trim();
        if (!_accounts.TryAdd(new MtaAccount(tenantId, apiKey)))
        {
            throw new MtaControlException(StatusCodes.Status409Conflict, $"An account with tenant id '{tenantId}' or the same API key already exists.");
        }

        return new MtaAccountInfo(tenantId, apiKey);
    }

    public IReadOnlyList<MtaAccount> Accounts() => _accounts.All();

    public MtaAccount Account(string tenantId) =>
        _accounts.FindByTenantId(tenantId) ?? throw new MtaControlException(StatusCodes.Status404NotFound, $"No Mobile Text Alerts account with tenant id '{tenantId}'.");

    public MtaGroup AddGroup(string tenantId, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new MtaControlException("A group needs a name.");
        }

        var account = Account(tenantId);
        lock (account.Gate)
        {
            return MtaCatalogRules.AddGroup(account, _ids, new MtaGroup { Id = 0, Name = name, CreatedAt = _clock.GetUtcNow() });
        }
    }

    public MtaCustomField AddCustomField(string tenantId, string name, string type, IReadOnlyList<string> options)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new MtaControlException("A custom field needs a name.");
        }

        var problem = MtaCatalogRules.Validate(type, options, null);
        if (problem is not null)
        {
            throw new MtaControlException(problem);
        }

        var account = Account(tenantId);
        lock (account.Gate)
        {
            return MtaCatalogRules.AddCustomField(account, _ids, name, type, false, options, null, _clock.GetUtcNow());
        }
    }

    public void SetLineType(string tenantId, string number, MtaLineType lineType)
    {
        var phone = Phone(number);
        var account = Account(tenantId);
        lock (account.Gate)
        {
            if (lineType == MtaLineType.Mobile)
            {
                account.LineTypes.Remove(phone);
            }
            else
            {
                account.LineTypes[phone] = lineType;
            }
        }
    }

    /// <summary>Seeds subscribers (a JSON array or one object of INewNumber records), all or nothing.</summary>
    public IReadOnlyList<MtaSubscriber> SeedSubscribers(string tenantId, JsonElement body)
    {
        var account = Account(tenantId);
        var elements = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray().ToList() : [body];
        var inputs = new MtaSubscriberInput[elements.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            try
            {
                inputs[i] = MtaSubscriberParser.Parse(elements[i], new MtaRecordLocation(i, false));
            }
            catch (MtaRequestException exception)
            {
                throw new MtaControlException(exception.Message);
            }

            // Seeding sends nothing.
            inputs[i].WelcomeMessage = null;
        }

        var now = _clock.GetUtcNow().UtcTicks;
        return _unitOfWork.Run(account, tx =>
        {
            var stored = new List<MtaSubscriber>(inputs.Length);
            for (var i = 0; i < inputs.Length; i++)
            {
                var result = _rules.Upsert(tx, inputs[i], createOnly: false, now);
                stored.Add(result.Subscriber ?? throw new MtaControlException($"record {i}: {result.Error} Nothing was seeded."));
            }

            return stored;
        });
    }

    public IReadOnlyList<MtaSubscriber> ListSubscribers(string tenantId)
    {
        var account = Account(tenantId);
        lock (account.Gate)
        {
            return account.InCreationOrder().ToList();
        }
    }

    public IReadOnlyList<MtaUnsubscribe> ListUnsubscribes(string tenantId)
    {
        var account = Account(tenantId);
        lock (account.Gate)
        {
            var entries = account.UnsubscribesByPhone.Values.ToList();
            entries.Sort((a, b) => a.Id.CompareTo(b.Id));
            return entries;
        }
    }

    /// <summary>The handset replies STOP: the number goes on the unsubscribe list and gets the confirmation text.</summary>
    public bool StopReply(string tenantId, string number)
    {
        var phone = Phone(number);
        var account = Account(tenantId);
        return _unitOfWork.Run(account, tx =>
        {
            var subscriberId = account.FindByPhone(phone)?.Id ?? 0;
            tx.Send(new MtaPendingMessage(phone, "unsubscribe-confirmation", StopConfirmationText, subscriberId));
            if (!tx.TrySend())
            {
                // Checked before the list changes: the unsubscribe list is not part of the rollback log.
                throw new MtaControlException(StatusCodes.Status500InternalServerError, MtaUnitOfWork.SendFailedMessage);
            }

            return MtaUnsubscribeRules.Add(account, _ids, phone, _clock.GetUtcNow());
        });
    }

    public void SetSendFailure(string tenantId, bool enabled)
    {
        var account = Account(tenantId);
        lock (account.Gate)
        {
            account.FailSends = enabled;
        }
    }

    private static long Phone(string? number)
    {
        var verdict = MtaPhoneNumbers.Number(number ?? string.Empty);
        return verdict.Broken is { } rule ? throw new MtaControlException(MtaErrorMessages.Phone("number", rule)) : verdict.E164Digits;
    }
}
