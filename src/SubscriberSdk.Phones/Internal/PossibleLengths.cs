using System.Numerics;

namespace SubscriberSdk.Phones.Internal;

/// <summary>A set of national-number lengths (2 to 17 digits) kept as a bit mask, so checks do not allocate.</summary>
internal readonly struct PossibleLengths
{
    private readonly uint _mask;

    private PossibleLengths(uint mask) => _mask = mask;

    public bool IsEmpty => _mask == 0;

    public int Minimum => BitOperations.TrailingZeroCount(_mask);

    public int Maximum => 31 - BitOperations.LeadingZeroCount(_mask);

    public static PossibleLengths From(IEnumerable<int> lengths)
    {
        uint mask = 0;
        foreach (var length in lengths)
        {
            if (length is < 1 or > 31)
            {
                throw new InvalidDataException($"Phone metadata lists an impossible number length {length}.");
            }

            mask |= 1u << length;
        }

        return new PossibleLengths(mask);
    }

    public bool Contains(int length) => length is > 0 and < 32 && (_mask & (1u << length)) != 0;

    /// <summary>libphonenumber's length verdict for a national number of <paramref name="length"/> digits.</summary>
    public PhoneNumberLengthResult Check(int length)
    {
        if (IsEmpty)
        {
            return PhoneNumberLengthResult.IsPossible;
        }

        if (length < Minimum)
        {
            return PhoneNumberLengthResult.TooShort;
        }

        if (length > Maximum)
        {
            return PhoneNumberLengthResult.TooLong;
        }

        return Contains(length) ? PhoneNumberLengthResult.IsPossible : PhoneNumberLengthResult.InvalidLength;
    }
}
