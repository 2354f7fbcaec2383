namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>The counters of a sent campaign, answered as its one entry in <c>results</c>.</summary>
internal sealed record CampaignDelivery(string Sid, int Success, int Failure, int Pending)
{
    /// <summary>"complete" once nothing is pending.</summary>
    public string Status => Pending == 0 ? "complete" : "in_progress";
}
