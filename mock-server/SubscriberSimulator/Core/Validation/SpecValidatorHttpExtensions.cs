using SubscriberSimulator.Hosting.Http;

namespace SubscriberSimulator.Core.Validation;

/// <summary>TRANSITIONAL (issue 13): spec validation for engines still on ASP.NET Core routing; goes with the last of them.</summary>
public static class SpecValidatorHttpExtensions
{
    public static IReadOnlyList<SpecViolation> Validate(this SpecValidator validator, string provider, string operationId, System.Text.Json.JsonElement? body, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(query);
        return validator.Validate(provider, operationId, body, new QueryCollectionValues(query));
    }
}
