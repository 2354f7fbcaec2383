using System.Text.Json.Nodes;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Core.State;

/// <summary>An engine keeps data beside its tenants by overriding KitEngine's state members; the host's calls reach the overrides.</summary>
public sealed class KitEngineSectionTests
{
    [Fact]
    public void Engine_wide_data_travels_with_the_section_and_reset_clears_it()
    {
        var harness = new KitHarness();
        ISimulatorEngine source = new StampedNotesEngine(harness.Services) { Stamp = 42 };
        var target = new StampedNotesEngine(harness.Services);

        var section = source.ExportState();
        ((ISimulatorEngine)target).ImportState(JsonNode.Parse(section.ToJsonString())!);

        Assert.Equal(42, section["stamp"]!.GetValue<long>());
        Assert.Equal(2, section["version"]!.GetValue<int>());
        Assert.Equal(42, target.Stamp);
        ((ISimulatorEngine)target).Reset();
        Assert.Equal(0, target.Stamp);
    }

    [Fact]
    public void A_section_whose_engine_data_is_bad_changes_nothing()
    {
        var harness = new KitHarness();
        harness.CreateNotebook("alice");
        var withoutStamp = harness.Engine.ExportState();
        var engine = new StampedNotesEngine(harness.Services) { Stamp = 7 };
        var before = engine.ExportState().ToJsonString();

        Assert.Throws<InvalidDataException>(() => ((ISimulatorEngine)engine).ImportState(withoutStamp));
        Assert.Equal(before, engine.ExportState().ToJsonString());

        withoutStamp["stamp"] = 8L;
        ((ISimulatorEngine)engine).ImportState(withoutStamp);
        Assert.Equal(8, engine.Stamp);
        Assert.Contains("alice", engine.ExportState().ToJsonString(), StringComparison.Ordinal);
    }
}
