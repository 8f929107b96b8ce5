"""plantrack.store"""
