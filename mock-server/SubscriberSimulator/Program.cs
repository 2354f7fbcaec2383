// Placeholder entry point; the simulator host is built in the simulator core issue.
return 0;
