namespace SubscriberSdk.Phones;

/// <summary>Thrown when a text is not a (valid) phone number. The message never repeats the number.</summary>
public sealed class PhoneNumberParseException : FormatException
{
    /// <summary>Creates the exception for <paramref name="error"/> with its standard message.</summary>
    /// <param name="error">Why the text was rejected.</param>
    public PhoneNumberParseException(PhoneParseError error)
        : base(Internal.ParseErrorMessages.Describe(error))
    {
        Error = error;
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    /// <param name="error">Why the text was rejected.</param>
    /// <param name="message">What is wrong; must not contain the number itself.</param>
    public PhoneNumberParseException(PhoneParseError error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>Why the text was rejected.</summary>
    public PhoneParseError Error { get; }
}
