return await SubscriberSimulator.SimulatorCommand.RunAsync(args).ConfigureAwait(false);
