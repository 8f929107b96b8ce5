"""plantrack.parse"""
