namespace SubscriberSimulator.Engines.Attentive.Domain;

/// <summary>
/// One company (tenant): its sign-up units and contacts. Every read and write of the mutable parts
/// happens under <see cref="Gate"/>, which makes each request all-or-nothing for this company.
/// </summary>
internal sealed class AttentiveCompany
{
    public AttentiveCompany(string id, AttentiveCompanyDefinition definition)
    {
        Id = id;
        Name = definition.CompanyName;
        DomainName = definition.DomainName ?? DefaultDomain(id);
        ApplicationName = definition.ApplicationName;
        ContactEmail = definition.ContactEmail;
    }

    public object Gate { get; } = new();

    public string Id { get; }

    public string Name { get; }

    public string DomainName { get; }

    public string ApplicationName { get; }

    public string ContactEmail { get; }

    public Dictionary<string, AttentiveSignUpUnit> SignUpUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>TEXT contacts keyed by E.164 phone.</summary>
    public Dictionary<string, AttentiveContact> Phones { get; } = new(StringComparer.Ordinal);

    /// <summary>EMAIL contacts keyed by lowercased address.</summary>
    public Dictionary<string, AttentiveContact> Emails { get; } = new(StringComparer.Ordinal);

    /// <summary>Set by the fail-next-send control: the next sending request fails and changes nothing.</summary>
    public bool FailNextSend { get; set; }

    public Dictionary<string, AttentiveContact> Contacts(AttentiveChannel channel) =>
        channel == AttentiveChannel.Text ? Phones : Emails;

    public AttentiveCompanyDefinition Definition => new(Id, Name, DomainName, ApplicationName, ContactEmail);

    private static string DefaultDomain(string id) =>
        new string(id.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) + ".attn.tv";
}
