namespace SubscriberSdk.Attentive;

/// <summary>Personal and professional details of a user.</summary>
public sealed class AttentiveUserDemographic
{
    /// <summary>Preferred language, e.g. <c>English/American</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Age in years.</summary>
    public int? Age { get; init; }

    /// <summary>Organisation the user belongs to.</summary>
    public string? Organization { get; init; }

    /// <summary>Title, e.g. Mr, Ms, Dr.</summary>
    public string? Title { get; init; }

    /// <summary>The user's website.</summary>
    public string? Website { get; init; }
}
