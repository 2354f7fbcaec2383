using System.Text.Json;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// One subscriber record as sent (<c>INewNumber</c>), type-checked but not yet validated against the
/// account. A struct over the parsed document: <see cref="GroupIds"/> and <see cref="SubscriberFields"/>
/// stay as <see cref="JsonElement"/> views so a bulk request allocates nothing per record but the
/// strings it keeps. Empty strings, a 0 number and absent fields all mean "not given".
/// </summary>
internal struct MtaSubscriberInput
{
    public string? FirstName;
    public string? LastName;
    public string? Email;
    public string? EmployeeNumber;
    public string? WelcomeMessage;

    /// <summary>The <c>number</c> field when it was a JSON number (0 when absent).</summary>
    public long NumberValue;

    /// <summary>The <c>number</c> field when it was a JSON string.</summary>
    public string? NumberText;

    public string? E164Text;

    /// <summary>An array of integers, or <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement GroupIds;

    /// <summary>An object of string values, or <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement SubscriberFields;

    public readonly bool HasPhoneInput =>
        !string.IsNullOrEmpty(E164Text) || NumberValue != 0 || !string.IsNullOrWhiteSpace(NumberText);

    public readonly bool HasEmailInput => !string.IsNullOrWhiteSpace(Email);
}
