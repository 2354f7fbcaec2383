using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>One event of a call as answered: the event recorded now, or the stored one its eventId repeats (<paramref name="Duplicate"/>).</summary>
internal sealed record RecordedEventResult(SubscriberEvent Event, bool DefinitionCreated, bool Duplicate);
