"""plantrack.track"""
